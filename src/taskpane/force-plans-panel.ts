/**
 * Step 3, for a roll-up that names force plans (a region's or the nation's plan with forcePlans): the user picks the
 * force plan files, which are read in the pane (nothing is uploaded, no path is opened), matched to the plan's
 * forcePlans entries by file name, and checked as `spr build` checks them — the same readers and messages
 * (src/plan/rollup.ts: each file read and validated as any plan, then matched to the roll-up's forces).
 */
import { PlanError, checkPlanSize } from "../plan/read";
import { Plan } from "../plan/plan";
import { ForcePlan, fileNameOf, isRollUp, matchForcePlans, pickedForcePlans, readForcePlans } from "../plan/rollup";
import { validatePlan } from "../plan/validate";
import { field, h, setError } from "./dom";
import { Draft, planFromDraft } from "./draft";

/** A picked file: its size, and its bytes when it is small enough to be a plan. */
interface Picked {
  size: number;
  bytes?: Uint8Array;
}

export interface ForcePlanPicker {
  /** Draws the picker when the draft is a roll-up naming force plans; otherwise nothing. */
  render(): void;
  /** The force plans for a validated roll-up plan, read and checked (PlanError at forcePlans[i] otherwise). */
  forcePlans(plan: Plan): ForcePlan[];
}

function named(plan: Pick<Plan, "organisation" | "forcePlans">): string[] {
  return plan.organisation.kind !== "force" ? (plan.forcePlans ?? []) : [];
}

export function forcePlanPicker(root: HTMLElement, draft: () => Draft): ForcePlanPicker {
  const picked = new Map<string, Picked>();

  const forcePlans = (plan: Plan): ForcePlan[] => {
    const paths = named(plan);
    if (!isRollUp(plan) || !paths.length) return [];
    const { names } = pickedForcePlans(paths, [...picked.keys()]);
    const plans = readForcePlans(paths, (_, i) => {
      const f = picked.get(names[i])!;
      checkPlanSize(f.size); // the reader's own refusal of a file too large to be a plan
      return f.bytes ?? null;
    });
    matchForcePlans(plan, plans); // a force outside the region, twice, or another year: refused here, before Build
    return plans;
  };

  const render = () => {
    const d = draft() as Partial<Plan>;
    const paths = d.organisation && Array.isArray(d.forcePlans) ? named(d as Plan).filter((p) => typeof p === "string") : [];
    if (!paths.length) {
      root.replaceChildren();
      return;
    }
    const input = h("input", { type: "file", accept: ".json,application/json", multiple: true });
    const wrap = field({
      id: "f-force-plan-files",
      label: "Force plans this roll-up names",
      control: input,
      hint: `Pick the ${paths.length} file${paths.length === 1 ? "" : "s"} listed below. They are read in this pane, nothing is uploaded, and each is checked as spr build checks it.`,
    });
    const list = h("ul", { id: "force-plan-files" });
    const status = h("p", { id: "force-plans-status", role: "status" });
    const draw = () =>
      list.replaceChildren(
        ...paths.map((p) => h("li", {}, `${fileNameOf(p)}: ${picked.has(fileNameOf(p)) ? "picked" : "not picked yet"}`)),
      );
    input.addEventListener("change", async () => {
      setError(wrap, "");
      status.textContent = "";
      for (const f of Array.from(input.files ?? [])) {
        let size = f.size;
        let bytes: Uint8Array | undefined;
        try {
          checkPlanSize(size);
          bytes = new Uint8Array(await f.arrayBuffer());
          size = bytes.length;
        } catch {
          // too large (refused when checked below, with the reader's message) or unreadable ("cannot read")
        }
        picked.set(f.name, { size, bytes });
      }
      draw();
      let plan: Plan;
      try {
        plan = validatePlan(planFromDraft(draft()));
      } catch {
        status.textContent = "Picked. The roll-up plan itself has problems to fix before its force plans can be checked.";
        return;
      }
      try {
        const { unused } = pickedForcePlans(named(plan), [...picked.keys()]);
        const n = forcePlans(plan).length;
        status.textContent = `All ${n} force plan${n === 1 ? "" : "s"} read and checked: ready to build.${unused.length ? ` Not named by the plan, so not used: ${unused.join(", ")}.` : ""}`;
      } catch (e) {
        if (!(e instanceof PlanError)) throw e;
        setError(wrap, e.problems.map((p) => `${p.path}: ${p.message}.`).join(" "));
        status.textContent = `The force plans have ${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}, shown above.`;
      }
    });
    draw();
    root.replaceChildren(wrap, list, status);
  };

  return { render, forcePlans };
}
