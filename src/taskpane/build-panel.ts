/**
 * Step 4: Build workbook. Checks the plan (problems shown next to their fields and listed at the top), works out
 * which of the add-in's own sheets a rebuild would replace and asks first, naming them, then builds through the
 * Workbook port with progress sheet by sheet. Nothing is written until the plan is valid and the user has agreed.
 */
import { Problem } from "../plan/json-schema";
import { Plan } from "../plan/plan";
import { ForcePlan } from "../plan/rollup";
import { PlanError, validatePlan } from "../plan/validate";
import { BuildProgress, BuildResult, BuildStamp, buildWorkbook } from "../workbook/build";
import { SheetModel } from "../workbook/model";
import { INCOMPLETE_PREFIX, IncompleteBuildError } from "../workbook/officejs-adapter";
import { ExistingSheet, WorkbookPort } from "../workbook/port";
import { sheetsToReplace } from "../workbook/safety";
import { button, clearErrors, h } from "./dom";
import { Draft, planFromDraft } from "./draft";
import { ShownProblem, showProblems } from "./problems";
import { CheckedPlan, shareControls } from "./share-panel";

export interface BuildHooks {
  port: WorkbookPort;
  draft(): Draft;
  local: Map<string, string>;
  planSource(): string;
  /** A roll-up's force plans, read and checked (src/taskpane/force-plans-panel.ts); none for other plans. */
  forcePlans(plan: Plan): ForcePlan[];
  now(): Date;
  /** Where the fields are, to show problems next to them. */
  form: HTMLElement;
  onBuilt(result: BuildResult, plan: Plan): void;
  /** Opens .xlsx bytes (base64) as a new workbook, where the host has ExcelApi 1.8 (the copy to share). */
  openWorkbook?: (base64: string) => Promise<void>;
}

/** The plan's bytes as the pane builds from them (and "Save plan as JSON" writes them). */
export function planText(plan: unknown): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

async function sha256(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Runs the builder against the workbook's sheet list without writing anything: which sheets a build would write. */
class PreviewPort implements WorkbookPort {
  models: SheetModel[] = [];
  constructor(private readonly existing: ExistingSheet[]) {}
  async listSheets(): Promise<ExistingSheet[]> {
    return this.existing;
  }
  async writeSheets(models: SheetModel[]): Promise<void> {
    this.models = models;
  }
}

export interface Preview {
  sheets: string[];
  replace: string[];
  /** The add-in's sheets from an earlier build that this plan does not write: they stay as they are. */
  stale: string[];
  renamed: BuildResult["renamed"];
}

export async function previewBuild(
  plan: Plan,
  port: WorkbookPort,
  stamp: BuildStamp,
  forcePlans: readonly ForcePlan[] = [],
): Promise<Preview> {
  const existing = await port.listSheets();
  const preview = new PreviewPort(existing);
  const result = await buildWorkbook(plan, preview, stamp, undefined, forcePlans);
  const written = new Set(result.sheets.map((s) => s.toLowerCase()));
  const leftovers = existing.filter((s) => s.ownedByAddin && s.name.startsWith(INCOMPLETE_PREFIX)).map((s) => s.name);
  return {
    sheets: result.sheets,
    replace: [...sheetsToReplace(existing, result.sheets), ...leftovers],
    stale: existing
      .filter((s) => s.ownedByAddin && !written.has(s.name.toLowerCase()) && !s.name.startsWith(INCOMPLETE_PREFIX))
      .map((s) => s.name),
    renamed: result.renamed,
  };
}

function problemList(shown: ShownProblem[]): HTMLElement {
  return h(
    "ul",
    {},
    ...shown.map((p) => {
      const text = `${p.label ? `${p.label}: ` : ""}${p.message}`;
      if (!p.target) return h("li", {}, text);
      const a = h("a", { href: `#${p.target}` }, text);
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        document.getElementById(p.target)?.focus();
      });
      return h("li", {}, a);
    }),
  );
}

export function renderBuild(root: HTMLElement, hooks: BuildHooks): void {
  const errors = h("div", { id: "build-errors", class: "error-summary", tabindex: "-1", hidden: true });
  const confirm = h("div", {
    id: "build-confirm",
    class: "confirm",
    role: "alertdialog",
    "aria-labelledby": "build-confirm-title",
    "aria-describedby": "build-confirm-text",
    tabindex: "-1",
    hidden: true,
  });
  const progressBar = h("progress", { id: "build-progress", max: "1", value: "0", "aria-label": "Build progress" });
  const steps = h("ol", { id: "build-steps", class: "steps" });
  const status = h("p", { id: "build-status", role: "status" });
  const progress = h("div", { id: "build-progress-area", hidden: true }, progressBar, steps);
  const buildButton = button("Build workbook", () => void build(), "primary", { id: "build-button" });

  const fail = (title: string, body: Node) => {
    errors.replaceChildren(h("h3", {}, title), body);
    errors.hidden = false;
    errors.focus();
  };

  const ask = (p: Preview): Promise<boolean> =>
    new Promise((resolve) => {
      const done = (ok: boolean) => {
        confirm.hidden = true;
        confirm.replaceChildren();
        resolve(ok);
      };
      const yes = button(`Replace ${p.replace.length} sheet${p.replace.length === 1 ? "" : "s"} and build`, () => done(true), "primary", {
        id: "build-confirm-yes",
      });
      const no = button("Cancel", () => done(false), "secondary", { id: "build-confirm-no" });
      confirm.onkeydown = (ev) => {
        if (ev.key === "Escape") done(false);
      };
      confirm.replaceChildren(
        h("h3", { id: "build-confirm-title" }, "Replace the add-in's sheets?"),
        h(
          "div",
          { id: "build-confirm-text" },
          h("p", {}, "Building again replaces these sheets, which the add-in created earlier:"),
          h("ul", { id: "build-confirm-sheets" }, ...p.replace.map((s) => h("li", {}, s))),
          h("p", {}, "Your own sheets are never changed."),
          p.stale.length ? h("p", {}, `Left as they are (not part of this plan): ${p.stale.join(", ")}.`) : null,
        ),
        h("div", { class: "actions" }, yes, no),
      );
      confirm.hidden = false;
      confirm.focus();
    });

  const showProgress = (sheets: string[]) => {
    steps.replaceChildren(
      ...sheets.map((s) =>
        h("li", { "data-sheet": s }, h("span", { class: "step-name" }, s), " ", h("span", { class: "step-state" }, "waiting")),
      ),
    );
    progressBar.max = sheets.length;
    progressBar.value = 0;
    progress.hidden = false;
  };
  const onProgress = (p: BuildProgress) => {
    const li = steps.querySelector(`[data-sheet="${CSS.escape(p.sheet)}"] .step-state`);
    if (p.phase === "layout") status.textContent = `Laying out ${p.sheet}…`;
    else {
      if (li) li.textContent = "written";
      progressBar.value = p.index + 1;
      status.textContent = `Written ${p.index + 1} of ${p.count} sheets (${p.sheet}).`;
    }
  };

  /** The plan as Build and "Save a copy to share" take it: checked, with its stamp; problems shown, naming what was not done. */
  async function check(refusal: string): Promise<CheckedPlan> {
    errors.hidden = true;
    clearErrors(hooks.form);
    // problems found while typing (a number that is not one) say it best; the validator finds the rest
    let plan: Plan | undefined;
    let forcePlans: ForcePlan[] = [];
    let problems: Problem[] = [];
    try {
      plan = validatePlan(planFromDraft(hooks.draft()));
      forcePlans = hooks.forcePlans(plan); // a roll-up's force plans: read and checked as spr build checks them
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      problems = e.problems.filter((p) => !hooks.local.has(p.path));
    }
    problems.push(...[...hooks.local].map(([path, message]) => ({ path, message })));
    if (problems.length || !plan) {
      const shown = showProblems(hooks.form, problems);
      fail(`The plan has ${shown.length} problem${shown.length === 1 ? "" : "s"}. ${refusal}`, problemList(shown));
      return undefined;
    }
    const stamp: BuildStamp = {
      builtAt: hooks.now().toISOString(),
      planDigest: await sha256(planText(plan)),
      planSource: hooks.planSource(),
    };
    return { plan, forcePlans, stamp };
  }

  async function build(): Promise<void> {
    const checked = await check("Nothing was written.");
    if (!checked) return;
    const { plan, forcePlans, stamp } = checked;
    buildButton.disabled = true;
    let cancelled = false;
    try {
      status.textContent = "Checking the workbook…";
      const preview = await previewBuild(plan, hooks.port, stamp, forcePlans);
      if (preview.replace.length && !(await ask(preview))) {
        status.textContent = "Build cancelled. Nothing was written.";
        cancelled = true;
        return;
      }
      showProgress(preview.sheets);
      const result = await buildWorkbook(plan, hooks.port, stamp, onProgress, forcePlans);
      status.textContent = `Built ${result.sheets.length} sheets: ${result.sheets.join(", ")}.${result.renamed.map((r) => ` Your sheet "${r.wanted}" was left alone; the add-in wrote "${r.used}".`).join("")}`;
      hooks.onBuilt(result, plan);
    } catch (e) {
      progress.hidden = true;
      status.textContent = "";
      fail(
        "The workbook was not built.",
        h("p", {}, `${e instanceof Error ? e.message : String(e)}${e instanceof IncompleteBuildError ? "" : " Nothing was written."}`),
      );
    } finally {
      buildButton.disabled = false;
      if (cancelled) buildButton.focus();
    }
  }

  // beside Build: the copy for readers without the add-in, made in a workbook of its own (share-panel.ts)
  const share = shareControls({ check, planSource: hooks.planSource, openWorkbook: hooks.openWorkbook });
  root.replaceChildren(errors, h("div", { class: "actions" }, buildButton, share.button), confirm, progress, status, share.area);
}
