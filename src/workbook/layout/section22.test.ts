import fc from "fast-check";
import { validatePlan } from "../../plan/validate";
import { layoutWorkbook } from "../build";
import { SheetModel } from "../model";

const STAMP = { builtAt: "2026-12-02T06:00:00Z", planDigest: "0".repeat(64), planSource: "test" };
const FORCES = ["Avon & Somerset", "Devon & Cornwall", "Dorset", "Gloucestershire", "Wiltshire"];

function sheet(lines: number[], grants: number[]): SheetModel {
  const plan = validatePlan({
    planVersion: 1,
    organisation: { kind: "region", name: "SWROCU" },
    financialYear: "2026/27",
    section22: {
      rocu: "SWROCU",
      basis: "officer FTE",
      lines: lines.map((cost, i) => ({ name: `Line ${i + 1}`, cost })),
      grants: grants.map((amount, i) => ({ name: `Grant ${i + 1}`, amount })),
      forces: FORCES.map((name, i) => ({ name, weight: [2676.09, 2999.74, 1223.24, 1073.00185, 992.1][i] })),
    },
  });
  return layoutWorkbook(plan, STAMP).models.find((m) => m.name === "Section 22")!;
}

/** The "Grants applied" (C) and "Net cost to forces" (D) columns, one row per line (from row 7). */
function column(s: SheetModel, col: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => s.cells.find((c) => c.row === 6 + i && c.col === col)?.value);
}

describe("the Section 22 sheet nets grants off lines exactly", () => {
  it("shares £300,000 of grants over lines of £1.2m/£0.8m/£0.45m to the penny (worked by hand)", () => {
    // 300,000 × 1.2/2.45 = 146,938.7755…, × 0.8/2.45 = 97,959.1836…, × 0.45/2.45 = 55,102.0408…; floors in pence
    // leave 1p, to the largest remainder (.55p): 146,938.78 / 97,959.18 / 55,102.04. Nets: 1,053,061.22 /
    // 702,040.82 (floating point gave 702040.8200000001 and the table refused it) / 394,897.96.
    const s = sheet([1_200_000, 800_000, 450_000], [300_000]);
    expect(column(s, 2, 3)).toEqual([146938.78, 97959.18, 55102.04]);
    expect(column(s, 3, 3)).toEqual([1053061.22, 702040.82, 394897.96]);
    const flags = s.cells.filter((c) => typeof c.value === "string" && /^(OK|CREDIT|ROUNDING)/.test(c.value));
    expect(flags).toHaveLength(FORCES.length);
  });

  it("builds every random eight-line budget in pence with grants, the nets adding up to the lines less the grants", () => {
    const pence = fc.integer({ min: 1_000_00, max: 5_000_000_00 });
    fc.assert(
      fc.property(
        fc.array(pence, { minLength: 8, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 100_000_00 }), { minLength: 1, maxLength: 3 }),
        (lines, grants) => {
          const s = sheet(
            lines.map((p) => p / 100),
            grants.map((p) => p / 100),
          );
          const net = column(s, 3, 8) as number[];
          net.forEach((x) => expect(String(x)).toMatch(/^\d+(\.\d\d?)?$/));
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(sum(net.map((x) => Math.round(x * 100)))).toBe(sum(lines) - sum(grants));
        },
      ),
      { numRuns: 60 },
    );
  });
});
