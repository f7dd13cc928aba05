/**
 * The Capabilities sheet: the force's self-assessment against every capability the SPR lists, the ones not met
 * (with RAG and paragraph), and the counts by threat — the basis of the PCC's assurance statement (paragraph 24.1).
 */
import { CHECK_HEADER, SUMMARY_HEADER } from "../../core/capabilities/check";
import { capabilityCheck, capabilitySummary } from "../../functions/capabilities";
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";
import { inputColumn } from "./helpers";
import { Section } from "./sections";

function layout(ctx: LayoutContext): SheetModel {
  const list = ctx.plan.soc!.capabilities!;
  const s = new SheetBuilder(ctx.names.capabilities);
  s.title("Capabilities: self-assessment against the SPR", ctx.subtitle);
  s.note(
    2,
    "Statuses: in force, via collaboration, via ROCU (met); partial (AMBER); absent (RED); blank (not assessed, AMBER). Basis of the PCC's annual assurance statement (SPR 24.1).",
  );
  s.note(
    3,
    '"via ROCU" for a capability the SPR places in the force (74: "locally their force has") is AMBER unless the ROCU reliance column names the agreement the force relies on.',
  );
  const top = 6;
  s.put(top - 1, 0, "The force's assessment", { style: "label" });
  s.table("SprCapabilityStatus", top, 0, ["Capability", "Status", "ROCU reliance"], list.length);
  const ids = inputColumn(
    s,
    top + 1,
    0,
    list.map((c) => c.id),
    "text",
  );
  const statuses = inputColumn(
    s,
    top + 1,
    1,
    list.map((c) => c.status ?? ""),
  );
  const reliance = inputColumn(
    s,
    top + 1,
    2,
    list.map((c) => c.rocuReliance ?? ""),
  );

  ctx.list("soc.capabilities", s, top, 0, list.length, [
    { field: "id", col: ids.col },
    { field: "status", col: statuses.col },
    { field: "rocuReliance", col: reliance.col },
  ]);
  const out = 4;
  s.put(top - 1, out, "Not met", { style: "label" });
  // each block under a table header of its own (the function's header row), so headers print over their columns
  const unmet = s.formulaBlock(top + 1, out, capabilityCheck, { ids, statuses, rocu_reliance: reliance }, { skipRows: 1 });
  s.table("SprCapabilityNotMet", top, out, CHECK_HEADER, unmet.rows);
  s.rag({ ...unmet, col: unmet.col + unmet.cols - 1, cols: 1 });
  const below = top + Math.max(list.length, unmet.rows + 1) + 3;
  s.put(below - 1, out, "By threat (over the whole register)", { style: "label" });
  const byThreat = s.formulaBlock(
    below + 1,
    out,
    capabilitySummary,
    { ids, statuses, rocu_reliance: reliance },
    {
      skipRows: 1,
      formats: [undefined, "count", "count", "count", "count", "count", "count"],
    },
  );
  s.table("SprCapabilityByThreat", below, out, SUMMARY_HEADER, byThreat.rows);
  s.rag({ ...byThreat, col: byThreat.col + byThreat.cols - 1, cols: 1 });
  s.columnWidths([12, 18, 22, 3, 14, 40, 14, 14, 50, 10, 14, 10]);
  s.freeze(3);
  return s.build();
}

export const CAPABILITIES_SECTION: Section = {
  sheet: "capabilities",
  applies: (plan: Plan) => (plan.soc?.capabilities?.length ?? 0) > 0,
  layout,
};
