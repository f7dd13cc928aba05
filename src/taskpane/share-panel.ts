/**
 * Step 4, beside Build: "Save a copy to share". The copy `spr build --shareable` writes, for readers without the
 * add-in (the PCC's office, the ROCU board, HMICFRS, anyone in LibreOffice or Google Sheets): the plan laid out as
 * Build lays it out, every SPR formula replaced by its value, native formulas such as SUM kept live, a banner on each
 * sheet, the Audit sheet as it is (src/workbook/shareable.ts). It is written by the same ExcelJS adapter as the
 * command line's (src/workbook/xlsx/shareable-file.ts), loaded with ExcelJS as a chunk of its own only when asked
 * for, into a workbook of its own: the workbook open in Excel is never touched.
 *
 * How it is handed over: as a Blob download (Excel on the web and Windows; see statement-panel.ts for why, with the
 * office-js issues), and, where the host has ExcelApi 1.8, as a new workbook opened from the file's bytes with
 * `Excel.createWorkbook(base64)` ("Create a workbook", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks;
 * the method's reference gives its requirement set, ExcelApi 1.8). That is also the way on a Mac, whose webview saves
 * no downloads. The user saves the new workbook where they like; nothing leaves the machine.
 */
import { Plan } from "../plan/plan";
import { ForcePlan } from "../plan/rollup";
import { BuildStamp } from "../workbook/build";
import { button, h } from "./dom";
import { planSlug } from "./statement-panel";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The plan, checked as Build checks it, with the stamp Build would give it; undefined when it has problems (shown). */
export type CheckedPlan = { plan: Plan; forcePlans: ForcePlan[]; stamp: BuildStamp } | undefined;

/**
 * The copy's file name, as the command line names it beside its plan ("avon.json" → "avon-shared.xlsx"); a plan
 * entered in the pane, or loaded from the workbook, is named by its organisation and year.
 */
export function sharedFileName(source: string, organisation: string, financialYear: string): string {
  const stem = /\.json$/i.test(source) ? source.replace(/\.json$/i, "") : planSlug(organisation, financialYear);
  return `${stem}-shared.xlsx`;
}

/** Bytes as base64 (what Excel.createWorkbook takes), in blocks so a large file does not overflow the call stack. */
export function base64Of(bytes: Uint8Array): string {
  const BLOCK = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += BLOCK) binary += String.fromCharCode(...bytes.subarray(i, i + BLOCK));
  return btoa(binary);
}

export interface ShareHooks {
  /** The plan checked as Build checks it; problems are shown (the refusal names what was not done) and undefined returned. */
  check(refusal: string): Promise<CheckedPlan>;
  planSource(): string;
  /** Opens .xlsx bytes (base64) as a new workbook, where the host has ExcelApi 1.8; absent elsewhere. */
  openWorkbook?: (base64: string) => Promise<void>;
}

export function shareControls(hooks: ShareHooks): { button: HTMLButtonElement; area: HTMLElement } {
  const status = h("p", { id: "share-status", role: "status" });
  const offer = h("div", { id: "share-link", class: "actions" });
  let url: string | undefined;
  const run = async () => {
    const checked = await hooks.check("No copy was made.");
    if (!checked) {
      status.textContent = "";
      offer.replaceChildren();
      return;
    }
    const { plan, forcePlans, stamp } = checked;
    share.disabled = true;
    status.textContent = "Making the copy to share…";
    try {
      const { shareableXlsx } = await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx/shareable-file");
      const { bytes, sheets } = await shareableXlsx(plan, stamp, forcePlans);
      const name = sharedFileName(hooks.planSource(), plan.organisation.name, plan.financialYear);
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
      const link = h("a", { href: url, download: name }, `Save ${name}`);
      const open = hooks.openWorkbook;
      const opener = open
        ? button(
            "Open the copy as a new workbook",
            () =>
              void open(base64Of(bytes)).then(
                () => (status.textContent = `Opened the copy as a new workbook: save it from there to share it.`),
                (e: unknown) =>
                  (status.textContent = `Excel did not open the copy (${e instanceof Error ? e.message : String(e)}); use the link.`),
              ),
            "secondary",
            { id: "share-open" },
          )
        : null;
      offer.replaceChildren(link, ...(opener ? [opener] : []));
      link.click();
      status.textContent =
        `Made ${name} (${sheets.length} sheets, ${Math.ceil(bytes.length / 1024)} KB): every SPR formula replaced by its value, ` +
        `for readers without the add-in. This workbook was not changed. If no download was offered, use the link` +
        `${opener ? " or open the copy as a new workbook" : ""}.`;
    } catch (e) {
      offer.replaceChildren();
      status.textContent = `No copy was made: ${e instanceof Error ? e.message : String(e)}.`;
    } finally {
      share.disabled = false;
    }
  };
  const share = button("Save a copy to share", () => void run(), "secondary", { id: "share-button" });
  return { button: share, area: h("div", { id: "share-area" }, status, offer) };
}
