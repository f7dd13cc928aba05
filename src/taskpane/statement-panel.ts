/**
 * Step 5, continued: "Draft the assurance statement". The build has already written the Statement sheet; this builds
 * the same statement as an editable Word document, through the same code as `spr statement`
 * (src/workbook/statement-docx.ts over the statement the build laid out), and hands it to the user as a download.
 *
 * How a task pane can hand over a file: Office has no API that saves a file from an add-in's own data. A Blob and an
 * anchor with the `download` attribute is what works where the pane runs in a browser (Excel on the web) and in
 * Excel on Windows, whose Edge WebView2 shows the download in the pane (office-js issues #1793 and #2700); Excel on
 * the Mac (WKWebView) ignores such downloads, by design (office-js #2700, #3385). Microsoft's OpenBrowserWindow API
 * ("downloading a PDF file when the webview control is provided by Microsoft Edge",
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets) opens
 * a URL in the user's browser, which would mean serving the statement from a server: the add-in sends nothing off
 * the machine, so it is not used. So the pane clicks the link for the user, leaves it in place to click again, and
 * says that the Statement sheet holds the same text where the host saves nothing.
 *
 * The docx library is a chunk of its own (webpack splits a dynamic import), loaded only when a statement is asked
 * for, so the pane's first bundle does not carry it.
 */
import type { Statement } from "../workbook/layout/statement";
import { button, h } from "./dom";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "avon-and-somerset-2026-27": a plan's organisation and year as a file name's stem. */
export function planSlug(organisation: string, financialYear: string): string {
  return `${organisation}-${financialYear}`
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** "statement-avon-and-somerset-2026-27.docx": the file name a statement is offered under. */
export function statementFileName(organisation: string, financialYear: string): string {
  return `statement-${planSlug(organisation, financialYear)}.docx`;
}

/** The statement as a .docx Blob, built with the docx library loaded on demand. */
async function statementBlob(st: Statement, source: string): Promise<Blob> {
  const [docx, { statementDocument }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ "docx"),
    import(/* webpackChunkName: "docx" */ "../workbook/statement-docx"),
  ]);
  const blob = await docx.Packer.toBlob(statementDocument(docx, st, source));
  return blob.type ? blob : new Blob([blob], { type: DOCX_TYPE });
}

export interface StatementPanel {
  statement?: Statement;
  organisation: string;
  financialYear: string;
  /** The plan's name as the pane knows it (the imported file's, or "task pane"). */
  source: string;
  /** The name of the Statement sheet the build wrote. */
  sheet: string;
}

export function renderStatement(root: HTMLElement, p: StatementPanel): void {
  const heading = h("h3", { id: "statement-heading", tabindex: "-1" }, "Assurance statement");
  const st = p.statement;
  if (!st) {
    root.replaceChildren(
      heading,
      h("p", { class: "hint" }, "A region's plan has no assurance statement: a statement is a force's (SPR 24.1) or the nation's (24.2)."),
    );
    return;
  }
  const name = statementFileName(p.organisation, p.financialYear);
  const status = h("p", { id: "statement-status", role: "status" });
  const saved = h("p", { id: "statement-link" });
  let url: string | undefined;
  const run = async () => {
    draft.disabled = true;
    status.textContent = "Drafting the statement…";
    try {
      const blob = await statementBlob(st, p.source);
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(blob);
      const link = h("a", { href: url, download: name }, `Save ${name}`);
      saved.replaceChildren(link);
      link.click();
      status.textContent = `Drafted ${name} (${Math.ceil(blob.size / 1024)} KB), a Word document to edit. If Excel did not offer to save it, use the link below; Excel on a Mac saves no files from add-ins, so copy the ${p.sheet} sheet's text instead.`;
    } catch (e) {
      status.textContent = `The statement was not drafted: ${e instanceof Error ? e.message : String(e)}. The ${p.sheet} sheet holds the same text.`;
    } finally {
      draft.disabled = false;
    }
  };
  const draft = button("Draft the assurance statement", () => void run(), "secondary", { id: "statement-button" });
  root.replaceChildren(
    heading,
    h(
      "p",
      { class: "hint" },
      `${st.title}: the draft is on the ${p.sheet} sheet. Draft it as a Word document to edit; it is made in this pane and nothing is uploaded.`,
    ),
    h("div", { class: "actions" }, draft),
    status,
    saved,
  );
}
