import { postFte, productiveHours } from "../functions/workforce";
import { validatePlan } from "../plan/validate";
import { MemoryCellReader } from "../workbook/cells";
import { LayoutContext, SHEETS } from "../workbook/layout/context";
import { productiveHoursArgs } from "../workbook/layout/helpers";
import { summarySheet } from "../workbook/layout/summary";
import { MemoryWorkbook } from "../workbook/memory-adapter";
import { SheetBuilder } from "../workbook/sheet-builder";
import { explainCell, paragraphsIn, parseCellAddress } from "./explain";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { restsOn } = require("../../scripts/rests-on");

/**
 * A workbook laid out the way the capability sections lay theirs out: one requirement (officers to keep one post
 * filled around the clock, from POSTFTE over PRODUCTIVEHOURS) against one input, on the Summary with its RAG.
 */
async function workbook(): Promise<MemoryWorkbook> {
  const plan = validatePlan({
    planVersion: 1,
    organisation: { kind: "force", name: "Kent" },
    financialYear: "2026/27",
    assumptions: { SICKNESS_DAYS: 6 },
  });
  const ctx = new LayoutContext(plan, { ...SHEETS });
  const s = new SheetBuilder(ctx.names.armedPolicing);
  s.title("Armed policing", ctx.subtitle);
  const hours = s.formula(4, 2, productiveHours, productiveHoursArgs(ctx));
  const required = s.formula(5, 2, postFte, { hours_covered: ctx.assumption("HOURS_24_7_POST"), productive_hours: hours });
  const available = ctx.input("Armed policing", "Officers on the rota for the post", 5, "officers", "fte");
  ctx.addSummary({
    area: "Armed policing",
    measure: "Officers for one 24/7 post",
    required,
    available,
    format: "fte",
    basis: "SPR paragraph 150; planning assumptions",
  });
  const summary = summarySheet(ctx);
  ctx.finishInputs();
  ctx.finishAssumptions();
  const wb = new MemoryWorkbook();
  await wb.writeSheets([summary, ctx.inputs.build(), ctx.assumptions.build(), s.build()]);
  return wb;
}

const RESTS_ON: Record<string, string> = restsOn();

describe("Explain a cell", () => {
  it("traces a Summary RAG cell to the inputs, assumptions and functions it rests on", async () => {
    const wb = await workbook();
    const ex = await explainCell(new MemoryCellReader(wb), parseCellAddress("Summary!F5")!, (id) => RESTS_ON[id]);
    expect(ex.at).toBe("Summary!F5");
    expect(ex.formula).toBe("=INDEX(SPR.RAG('Armed policing'!$C$6,Inputs!$C$5,Assumptions!$B$12),1,1)");
    expect(ex.rowLabel).toBe("Armed policing · Officers for one 24/7 post");
    expect(ex.inputs).toEqual([
      { at: "Inputs!C5", section: "Armed policing", label: "Officers on the rota for the post", value: 5, unit: "officers" },
    ]);
    // the margin, then everything POSTFTE and PRODUCTIVEHOURS read, each with whether the plan set it
    expect(ex.assumptions.map((a) => `${a.key}=${a.value} (${a.setBy})`)).toEqual([
      "RAG_AMBER_MARGIN=0.1 (default)",
      "HOURS_24_7_POST=8760 (default)",
      "WEEKLY_HOURS=40 (default)",
      "ANNUAL_LEAVE_DAYS=25 (default)",
      "BANK_HOLIDAYS=8 (default)",
      "TRAINING_DAYS=10 (default)",
      "SICKNESS_DAYS=6 (plan)",
      "OTHER_ABSTRACTION_DAYS=0 (default)",
    ]);
    expect(ex.assumptions[0].source).toMatch(/^Illustrative/);
    expect(ex.via).toEqual(["'Armed policing'!C6", "'Armed policing'!C5"]);
    expect(ex.functions.map((f) => f.id)).toEqual(["RAG", "POSTFTE", "PRODUCTIVEHOURS"]);
    expect(ex.functions[0].restsOn).toMatch(/^planning assumption RAG_AMBER_MARGIN/);
    // cited by the Summary line's "Rests on" (the functions here rest on planning assumptions only)
    expect(ex.paragraphs).toEqual(["150"]);
    expect(ex.truncated).toBe(false);
  });

  it("explains a constant as itself, and reads addresses as a user types them", async () => {
    const wb = await workbook();
    const ex = await explainCell(new MemoryCellReader(wb), parseCellAddress("inputs!c5")!, () => undefined);
    expect(ex).toMatchObject({ formula: null, value: 5, inputs: [], functions: [] });
    expect(parseCellAddress("F5", "Summary")).toEqual({ sheet: "Summary", row: 4, col: 5 });
    expect(parseCellAddress("'Armed policing'!$C$6")).toEqual({ sheet: "Armed policing", row: 5, col: 2 });
    expect(parseCellAddress("F5")).toBeNull();
    expect(parseCellAddress("Summary!F5:F6")).toBeNull();
    expect(parseCellAddress("hello")).toBeNull();
  });

  it("says which sheet is missing", async () => {
    const wb = await workbook();
    await expect(explainCell(new MemoryCellReader(wb), parseCellAddress("Nowhere!A1")!, () => undefined)).rejects.toThrow(
      'there is no sheet called "Nowhere"',
    );
  });

  it("cites SPR paragraphs only where a text says the SPR sets them", () => {
    expect(paragraphsIn("SPR paragraph 120a; planning assumption X")).toEqual(["120a"]);
    expect(paragraphsIn("SPR paragraphs 151 and 40.4b (ARV capacity is set by the force's APSTRA)")).toEqual(["151", "40.4b"]);
    expect(paragraphsIn("SPR paragraphs 149–151 (AFOs crew the ARVs)")).toEqual(["149–151"]);
    expect(paragraphsIn("SPR paragraph 122a (PSU), 122b (BDU) or 122c (AEP team).")).toEqual(["122a", "122b", "122c"]);
    expect(paragraphsIn("SPR 74, 80.1, 85a; hours-per-item assumptions")).toEqual(["74", "80.1", "85a"]);
    expect(paragraphsIn("SPR 150–151 (APSTRA); queueing")).toEqual(["150–151"]);
    expect(paragraphsIn("arithmetic only; used for shares of SPR national requirements (paragraph 120)")).toEqual([]);
    expect(paragraphsIn("the SPR (February 2023), paragraphs as listed; SPR.RAG")).toEqual([]);
  });
});
