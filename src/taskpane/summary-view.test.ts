import { validatePlan } from "../plan/validate";
import { SummaryLine } from "../workbook/layout/context";
import { Ref } from "../workbook/sheet-builder";
import { formatValue, summaryRows } from "./summary-view";

const ref = (v: number): Ref => ({ sheet: "S", row: 0, col: 0, rows: 1, cols: 1, values: [[v]] });
const line = (required: number, available: number): SummaryLine => ({
  area: "Public order",
  measure: "PSUs",
  required: ref(required),
  available: ref(available),
  format: "count",
  basis: "SPR paragraph 120a",
});

describe("the summary in the pane", () => {
  it("rates each line as the Summary sheet's SPR.RAG does, with the plan's amber margin", () => {
    const plan = validatePlan({
      planVersion: 1,
      organisation: { kind: "force", name: "Kent" },
      financialYear: "2026/27",
      assumptions: { RAG_AMBER_MARGIN: 0.2 },
    });
    // 12 required: 10 available is short (RED, gap 2); 14 is a surplus of 2 = 16.7% < 20% (AMBER); 15 is 25% (GREEN)
    expect(summaryRows([line(12, 10), line(12, 14), line(12, 15)], plan).map((r) => [r.gap, r.rag])).toEqual([
      [2, "RED"],
      [-2, "AMBER"],
      [-3, "GREEN"],
    ]);
    // with the default margin of 10%, a surplus of 2 on 12 (16.7%) is GREEN
    const byDefault = validatePlan({ planVersion: 1, organisation: { kind: "force", name: "Kent" }, financialYear: "2026/27" });
    expect(summaryRows([line(12, 14)], byDefault)[0].rag).toBe("GREEN");
  });

  it("formats figures as the sheet does: counts whole, FTE to one decimal, money to pence", () => {
    expect(formatValue(1234, "count")).toBe("1,234");
    expect(formatValue(-2.25, "fte")).toBe("−2.3");
    expect(formatValue(-1234.5, "money")).toBe("−£1,234.50");
    expect(formatValue(0.125, "percent")).toBe("12.5%");
    expect(formatValue("RED", "text")).toBe("RED");
    expect(formatValue(null, "count")).toBe("");
  });
});
