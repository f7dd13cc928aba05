/**
 * Before Build: the plan checked against the SPR (src/core/checks), each warning with its plan path and the paragraph
 * it departs from, linked to the field when the form shows one. Warnings never stop a build; the same list goes to
 * the Summary's Checks block and the Audit sheet. Self-contained: one element, rendered by this module alone.
 */
import { CheckWarning } from "../core/checks/checks";
import { PlanError, validatePlan } from "../plan/validate";
import { Plan } from "../plan/plan";
import { layoutWorkbook } from "../workbook/build";
import { button, fieldId, h } from "./dom";
import { Draft, planFromDraft } from "./draft";

export interface ChecksHooks {
  draft: () => Draft;
  now: () => Date;
}

/** The warnings for a valid plan, exactly as a build would list them (the sheets are laid out in memory, not written). */
export function planWarnings(plan: Plan, now: Date): CheckWarning[] {
  return layoutWorkbook(plan, { builtAt: now.toISOString(), planDigest: "", planSource: "task pane" }).ctx.checks;
}

function item(w: CheckWarning): HTMLElement {
  const target = document.getElementById(fieldId(w.path));
  const where = target ? h("a", { href: `#${target.id}` }, w.path) : h("code", {}, w.path);
  if (target) {
    where.addEventListener("click", (ev) => {
      ev.preventDefault();
      target.focus();
    });
  }
  return h("li", { "data-check": w.id }, where, `: ${w.message} `, h("span", { class: "where" }, `(${w.rests})`));
}

/** Shows a list of warnings (after a check, or after a build) in the checks element. */
export function showChecks(root: HTMLElement, warnings: readonly CheckWarning[]): void {
  const status = root.querySelector<HTMLElement>("#checks-status");
  const list = root.querySelector<HTMLElement>("#checks-list");
  if (!status || !list) return;
  status.textContent = warnings.length
    ? `${warnings.length} warning${warnings.length === 1 ? "" : "s"}: the plan departs from the SPR here. You can still build; the Summary and Audit sheets list them.`
    : "No warnings: the plan agrees with the SPR on every check.";
  list.replaceChildren(...warnings.map(item));
  list.hidden = warnings.length === 0;
}

export function renderChecks(root: HTMLElement, hooks: ChecksHooks): void {
  const status = h("p", { id: "checks-status", role: "status" });
  const list = h("ul", { id: "checks-list", class: "checks", hidden: true });
  const run = () => {
    let plan: Plan;
    try {
      plan = validatePlan(planFromDraft(hooks.draft()));
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      list.replaceChildren();
      list.hidden = true;
      status.textContent = `The plan has ${e.problems.length} problem${e.problems.length === 1 ? "" : "s"} to fix first: Build workbook lists them.`;
      return;
    }
    showChecks(root, planWarnings(plan, hooks.now()));
  };
  root.replaceChildren(
    h("div", { class: "actions" }, button("Check against the SPR", run, "secondary", { id: "checks-button" })),
    status,
    list,
  );
}
