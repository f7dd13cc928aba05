/**
 * The SOC sheet: mapped OCGs by P-band, the hours each takes and who owns each band (force or ROCU, paragraph 85a)
 * → investigator FTE for the force and the ROCU; other SOC volumes (fraud, cyber, county lines) → FTE; Lead
 * Responsible Officers for every mapped OCG (74.4).
 */
import { lroReq, socReq, workloadFte } from "../../functions/soc";
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { Ref, SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";
import { MEASURE_COLUMNS, inputColumn, measureRow, productiveHoursRow } from "./helpers";
import { Section } from "./sections";

const AREA = "SOC";

function layout(ctx: LayoutContext): SheetModel {
  const soc = ctx.plan.soc!;
  const s = new SheetBuilder(ctx.names.soc);
  s.title("Serious and organised crime: investigators and LROs", ctx.subtitle);
  s.note(
    2,
    "SPR paragraphs 51–87: OCGs prioritised by MoRiLE and P-Mech bands 1 (highest threat) to 4 (80.1); ROCU first for specialist capability (85a). Yellow cells are inputs.",
  );

  let row = 5;
  s.put(row - 1, 0, "Mapped OCGs by P-band", { style: "label" });
  s.table("SprOcgBands", row, 0, ["P-band", "Mapped OCGs", "Hours per OCG a year", "Force share of the work"], 4);
  [1, 2, 3, 4].forEach((b, i) => s.put(row + 1 + i, 0, `Band ${b}`));
  const ocgs = inputColumn(s, row + 1, 1, soc.ocgsByBand, "count");
  const hoursValues = [1, 2, 3, 4].map((b, i) => {
    const own = soc.hoursByBand?.[i];
    if (own !== undefined) return s.put(row + 1 + i, 2, own, { format: "hours", style: "input" }).values[0][0];
    return s.link(row + 1 + i, 2, ctx.assumption(`SOC_HOURS_OCG_BAND${b}`), { format: "hours" }).values[0][0];
  });
  const hours: Ref = { sheet: s.name, row: row + 1, col: 2, rows: 4, cols: 1, values: hoursValues.map((v) => [v]) };
  const shares = inputColumn(s, row + 1, 3, soc.forceShareByBand, "percent");
  ctx.list("soc.ocgsByBand", s, row, 0, 4, [{ field: "", col: ocgs.col }]);
  ctx.list("soc.hoursByBand", s, row, 0, 4, [{ field: "", col: hours.col }], { optional: true });
  ctx.list("soc.forceShareByBand", s, row, 0, 4, [{ field: "", col: shares.col }]);
  row += 7;

  s.table("SprSocDemand", row, 0, MEASURE_COLUMNS, 1);
  const productive = productiveHoursRow(ctx, s, row + 1);
  row += 4;
  s.put(row - 1, 0, "Investigator FTE to manage the mapped OCGs (force share, ROCU share, total)", { style: "label" });
  s.table("SprSocRequirement", row, 0, ["Force FTE", "ROCU FTE", "Total FTE"], 1);
  const split = s.formulaBlock(
    row + 1,
    0,
    socReq,
    { ocgs_by_band: ocgs, hours_by_band: hours, force_share_by_band: shares, productive_hours: productive },
    { format: "fte" },
  );
  const forceOcgFte: Ref = { ...split, cols: 1, values: [[split.values[0][0]]] };
  // for the Uncertainty sheet: the OCG inputs and the force's FTE for them at the mapped counts
  Object.entries({ ocgs, hours, shares, productive, forceOcgFte }).forEach(([k, ref]) => ctx.publish(`soc.${k}`, ref));
  row += 4;

  const volumes = soc.otherVolumes ?? [];
  const otherFte: Ref[] = [];
  if (volumes.length) {
    s.put(row - 1, 0, "Other SOC workloads handled by the force", { style: "label" });
    s.table("SprSocVolumes", row, 0, ["Workload", "Volume a year", "Hours each", "FTE"], volumes.length);
    // hours each as a link to its assumption (a formula) reads back as the item's assumption, left as it was
    ctx.list("soc.otherVolumes", s, row, 0, volumes.length, [
      { field: "name", col: 0 },
      { field: "volume", col: 1 },
      { field: "hoursEach", col: 2 },
    ]);
    volumes.forEach((v, i) => {
      const r = row + 1 + i;
      s.put(r, 0, v.name, { style: "input" });
      const vol = s.put(r, 1, v.volume, { format: "count", style: "input" });
      const each =
        v.hoursEach !== undefined
          ? s.put(r, 2, v.hoursEach, { format: "hours", style: "input" })
          : s.link(r, 2, ctx.assumption(v.assumption!), { format: "hours" });
      otherFte.push(s.formula(r, 3, workloadFte, { volumes: vol, hours_each: each, productive_hours: productive }, { format: "fte" }));
    });
    row += volumes.length + 3;
  }

  const investigators = ctx.input(
    AREA,
    "SOC investigators and disruption staff in the force",
    soc.investigatorsAvailable,
    "FTE",
    "fte",
    "soc.investigatorsAvailable",
  );
  s.table("SprSocTotals", row, 0, MEASURE_COLUMNS, 4);
  const required = measureRow(
    s,
    row + 1,
    "Force investigator FTE needed (OCGs and other workloads)",
    "FTE",
    "Force share of OCG work plus other workloads",
    (r, c) => s.arithmetic(r, c, "SUM", [forceOcgFte, ...otherFte], { format: "fte" }),
  );
  const totalOcgs = measureRow(s, row + 2, "Mapped OCGs", "OCGs", "Sum of the bands above", (r, c) =>
    s.arithmetic(
      r,
      c,
      "SUM",
      ocgs.values.map((_, i) => ({ ...ocgs, row: ocgs.row + i, rows: 1, values: [ocgs.values[i]] })),
      { format: "count" },
    ),
  );
  const perLro =
    soc.ocgsPerLro !== undefined
      ? ctx.input(AREA, "OCGs one Lead Responsible Officer can hold", soc.ocgsPerLro, "OCGs", "count", "soc.ocgsPerLro")
      : ctx.assumption("OCGS_PER_LRO");
  const lros = measureRow(
    s,
    row + 3,
    "Lead Responsible Officers needed",
    "officers",
    "Paragraph 74.4: an LRO for every mapped OCG",
    (r, c) => s.formula(r, c, lroReq, { mapped_ocgs: totalOcgs, ocgs_per_lro: perLro }, { format: "count" }),
  );
  measureRow(s, row + 4, "SOC investigators and disruption staff in the force", "FTE", "Input", (r, c) =>
    s.link(r, c, investigators, { format: "fte" }),
  );
  s.columnWidths([58, 16, 20, 60]);
  s.freeze(3);

  ctx.addSummary({
    area: AREA,
    measure: "Force SOC investigator FTE",
    required,
    available: investigators,
    format: "fte",
    basis: "SPR 74, 80.1, 85a; hours-per-item assumptions",
    costing: { area: "SOC", officersEach: 1, demand: "soc" },
  });
  if (soc.lrosAvailable !== undefined) {
    const have = ctx.input(
      AREA,
      "Officers acting as Lead Responsible Officers",
      soc.lrosAvailable,
      "officers",
      "count",
      "soc.lrosAvailable",
    );
    ctx.addSummary({
      area: AREA,
      measure: "Lead Responsible Officers",
      required: lros,
      available: have,
      format: "count",
      basis: "SPR 74.4",
    });
  }
  return s.build();
}

export const SOC_SECTION: Section = {
  sheet: "soc",
  applies: (plan: Plan) => plan.soc !== undefined,
  layout,
};
