// Plans checked against the SPR (issue 13): each check has a plan that triggers it and one that does not; the warnings
// reach `spr build` (and --strict refuses), the Summary's Checks block and the Audit sheet.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../src/cli/build-command";
import { CHECKS } from "../src/core/checks/checks";
import { planChecks } from "../src/plan/checks";
import { Plan } from "../src/plan/plan";
import { readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";

const ROOT = path.resolve(__dirname, "..");
const force: Plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
const region: Plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "swrocu-2026-27.json"), "utf8"));
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plan edited freely before it is validated again
function edit(base: Plan, f: (p: any) => void): Plan {
  const copy = JSON.parse(JSON.stringify(base));
  f(copy);
  return readPlan(JSON.stringify(copy)); // every plan here is valid: the checks only warn
}

/** The warnings the build finds (the Summary's verdicts included), as "ID path". */
function warned(plan: Plan): string[] {
  return layoutWorkbook(plan, STAMP).ctx.checks.map((w) => `${w.id} ${w.path}`);
}

// Greater Manchester (6,443.59 officer FTE at 31 March 2019) in the North West: a force plan without events or SOC
const gmp = edit(force, (p) => {
  p.organisation.name = "Greater Manchester";
  delete p.publicOrder.nationalPsuShare; // derived: 21
  delete p.publicOrder.requiredBdus; // derived: 12
  delete p.uncertainty;
  delete p.soc;
  p.publicOrder.events = [];
});
const nwrocu = edit(region, (p) => {
  p.organisation.name = "NWROCU";
  p.section22.rocu = "NWROCU";
  // officer FTE at 31 March 2019, as the basis says
  p.section22.forces = [
    { name: "Cheshire", weight: 2006.36 },
    { name: "Cumbria", weight: 1160.06 },
    { name: "Greater Manchester", weight: 6443.59 },
    { name: "Lancashire", weight: 2895.35 },
    { name: "Merseyside", weight: 3395.87 },
    { name: "North Wales", weight: 1458.32 },
  ];
});

describe("the checks", () => {
  it("find nothing in the example plans", () => {
    expect(warned(force)).toEqual([]);
    expect(warned(region)).toEqual([]);
    expect(warned(gmp)).toEqual([]);
    expect(warned(nwrocu)).toEqual([]);
  });

  it("PSU_SHARE_ABOVE_NATIONAL: a share of 400 is more than the 297 the forces outside London share (120a)", () => {
    expect(warned(edit(gmp, (p) => (p.publicOrder.nationalPsuShare = 400)))).toContain(
      "PSU_SHARE_ABOVE_NATIONAL publicOrder.nationalPsuShare",
    );
    expect(warned(edit(gmp, (p) => (p.publicOrder.nationalPsuShare = 21)))).toEqual([]);
    // London's forces share 75: 80 for the Met is too many, 73 is its share
    const met = (n: number) => edit(gmp, (p) => ((p.organisation.name = "Metropolitan Police"), (p.publicOrder.nationalPsuShare = n)));
    expect(warned(met(80))).toContain("PSU_SHARE_ABOVE_NATIONAL publicOrder.nationalPsuShare");
    expect(warned(met(73))).toEqual([]);
  });

  it("PSU_SHARE_FAR_FROM_DERIVED: GMP's 21 of the 297 by officer FTE (6,443.59 of 91,996.15: 20.80), not 7", () => {
    const w = planChecks(edit(gmp, (p) => (p.publicOrder.nationalPsuShare = 7)));
    expect(w.map((x) => x.id)).toEqual(["PSU_SHARE_FAR_FROM_DERIVED"]);
    expect(w[0].message).toMatch(/^7 PSUs is far from Greater Manchester's share by officer numbers, 21 /);
    expect(w[0].rests).toBe("SPR 120a; assumption CHECK_TOLERANCE");
    // 25% either way of 21 is 5.25: 16 and 26 pass, 15 and 27 warn
    for (const [n, warns] of [
      [16, false],
      [26, false],
      [15, true],
      [27, true],
    ] as const) {
      expect(planChecks(edit(gmp, (p) => (p.publicOrder.nationalPsuShare = n))).length > 0).toBe(warns);
    }
    // the plan's own tolerance wins
    expect(planChecks(edit(gmp, (p) => ((p.publicOrder.nationalPsuShare = 7), (p.assumptions = { check_tolerance: 0.7 }))))).toEqual([]);
  });

  it("BDUS_ABOVE_NATIONAL: 300 BDUs is more than the 234 set nationally (120b)", () => {
    expect(warned(edit(gmp, (p) => (p.publicOrder.requiredBdus = 300)))).toContain("BDUS_ABOVE_NATIONAL publicOrder.requiredBdus");
    expect(warned(edit(gmp, (p) => (p.publicOrder.requiredBdus = 12)))).toEqual([]);
  });

  it("BDUS_FAR_FROM_DERIVED: GMP's 12 of the 234 BDUs by officer FTE (234 × 6,443.59 ÷ 123,170.86 = 12.24), not 16 or 8", () => {
    // 25% either way of 12 is 3: 9 and 15 pass, 8 and 16 warn
    for (const [n, warns] of [
      [9, false],
      [15, false],
      [8, true],
      [16, true],
    ] as const) {
      expect(planChecks(edit(gmp, (p) => (p.publicOrder.requiredBdus = n))).map((w) => w.id)).toEqual(
        warns ? ["BDUS_FAR_FROM_DERIVED"] : [],
      );
    }
  });

  it("AEP_TEAMS_ABOVE_REGION: 5 AEP teams for one force is more than its region's two (120c)", () => {
    expect(warned(edit(gmp, (p) => (p.publicOrder.requiredAepTeams = 5)))).toEqual(["AEP_TEAMS_ABOVE_REGION publicOrder.requiredAepTeams"]);
    expect(warned(edit(gmp, (p) => (p.publicOrder.requiredAepTeams = 2)))).toEqual([]);
  });

  it("EVENT_OUTSIDE_YEAR: an event dated outside 1 April 2026 – 31 March 2027 (the plan's 2026/27)", () => {
    const at = (start: string, end: string) =>
      planChecks(edit(force, (p) => Object.assign(p.publicOrder.events[4], { start, end }))).map((w) => `${w.id} ${w.path}`);
    expect(at("2025-08-01T09:00", "2025-08-02T22:00")).toEqual(["EVENT_OUTSIDE_YEAR publicOrder.events[4]"]);
    expect(at("2027-03-31T20:00", "2027-04-01T02:00")).toEqual(["EVENT_OUTSIDE_YEAR publicOrder.events[4]"]);
    expect(at("2026-04-01", "2027-04-01")).toEqual([]);
    expect(at("2027-03-31T20:00", "2027-03-31T23:59")).toEqual([]);
  });

  it('SELF_ASSESSMENT_CONTRADICTS_SUMMARY: PSUs held "in force" (117c) while the Summary shows PSUs RED', () => {
    const psus = (trained: number[], status: string) =>
      edit(force, (p) => {
        delete p.uncertainty; // not needed here, and the slowest sheet
        p.publicOrder.trained.PSU = trained;
        p.soc.capabilities.push({ id: "117C", status });
      });
    // Glastonbury alone needs 210,000 ÷ 10,000 = 21 PSUs (the plan's medium-risk crowd table); 9 inspectors field at
    // most 9 PSUs (one inspector each, paragraph 122a): RED. 60 inspectors, 180 sergeants, 1,100 constables and 180
    // drivers field 60, more than the requirement
    const w = layoutWorkbook(psus([9, 26, 150, 24], "in force"), STAMP).ctx.checks;
    expect(w.map((x) => `${x.id} ${x.path}`)).toEqual(["SELF_ASSESSMENT_CONTRADICTS_SUMMARY soc.capabilities[7].status"]);
    expect(w[0].message).toBe('the self-assessment says "in force" for PSUs, but the Summary shows "PSUs able to be fielded" RED');
    expect(warned(psus([9, 26, 150, 24], "partial"))).toEqual([]);
    expect(warned(psus([60, 180, 1100, 180], "in force"))).toEqual([]);
  });

  it("S22_FORCE_OUTSIDE_ROCU: Kent inside NWROCU's table (Kent is in ERSOU) (84)", () => {
    const w = warned(edit(nwrocu, (p) => p.section22.forces.push({ name: "Kent", weight: 3552.5702 })));
    expect(w).toContain("S22_FORCE_OUTSIDE_ROCU section22.forces[6]");
  });

  it("S22_ROCU_FORCE_MISSING: NWROCU's table without Cumbria (84)", () => {
    const w = planChecks(edit(nwrocu, (p) => p.section22.forces.splice(1, 1)));
    expect(w.map((x) => x.id)).toContain("S22_ROCU_FORCE_MISSING");
    expect(w.find((x) => x.id === "S22_ROCU_FORCE_MISSING")!.message).toMatch(
      /^Cumbria is a member of NWROCU \(North West\) but not in the table/,
    );
  });

  it("S22_WEIGHT_FAR_FROM_FTE: on an officer basis, Cumbria weighted as Greater Manchester (84)", () => {
    const w = planChecks(edit(nwrocu, (p) => (p.section22.forces[1].weight = 6443.59)));
    expect(w.map((x) => `${x.id} ${x.path}`)).toContain("S22_WEIGHT_FAR_FROM_FTE section22.forces[1].weight");
    // the same weights on another basis (net revenue expenditure) are the plan's business
    expect(
      planChecks(edit(nwrocu, (p) => ((p.section22.forces[1].weight = 6443.59), (p.section22.basis = "Net revenue expenditure 2025/26")))),
    ).toEqual([]);
  });

  it("S22_ROCU_NOT_THE_FORCES: a Greater Manchester plan paying into SWROCU (84)", () => {
    const withS22 = (rocu: string) => edit(gmp, (p) => (p.section22 = { ...nwrocu.section22, rocu }));
    expect(warned(withS22("SWROCU"))).toContain("S22_ROCU_NOT_THE_FORCES section22.rocu");
    expect(warned(withS22("NWROCU"))).toEqual([]);
  });

  it("each have a test above", () => {
    const text = fs.readFileSync(__filename, "utf8");
    // the formatter may break a long test title onto its own line: it("ID: …" with any white space after the bracket and any quote
    const titled = new Set([...text.matchAll(/\bit\(\s*["'`]([A-Z0-9_]+):/g)].map((m) => m[1]));
    expect(CHECKS.map((c) => c.id).filter((id) => !titled.has(id))).toEqual([]);
  });
});

describe("the warnings", () => {
  // the issue's plan: a share of 400, 300 BDUs, 5 AEP teams and Kent in NWROCU's table (Kent's weight is not held to
  // NWROCU's officer numbers: it is not a member)
  const bad = edit(gmp, (p) => {
    p.publicOrder.nationalPsuShare = 400;
    p.publicOrder.requiredBdus = 300;
    p.publicOrder.requiredAepTeams = 5;
    p.section22 = { ...nwrocu.section22, forces: [...nwrocu.section22!.forces, { name: "Kent", weight: 3552.5702 }] };
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-checks-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const planFile = path.join(dir, "gmp.json");
  fs.writeFileSync(planFile, JSON.stringify(bad));

  async function build(out: string, ...flags: string[]) {
    const err: string[] = [];
    const code = await buildCommand(
      [planFile, "-o", out, ...flags],
      { out: () => undefined, err: (s) => err.push(s) },
      () => new Date("2026-11-29T12:00:00Z"),
      false,
    );
    return { code, err };
  }

  it("are printed by spr build, one line each with the plan path and the SPR paragraph, and the file is written", async () => {
    const out = path.join(dir, "warn.xlsx");
    const r = await build(out);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(r.err[0]).toMatch(/departs from the SPR \(6 warnings; --strict makes them errors\):$/);
    expect(r.err.slice(1)).toEqual([
      expect.stringMatching(
        /^ {2}warning: publicOrder\.nationalPsuShare: 400 PSUs is more than the 297 .* \[SPR 120a; check PSU_SHARE_ABOVE_NATIONAL\]$/,
      ),
      expect.stringMatching(
        /^ {2}warning: publicOrder\.nationalPsuShare: .* \[SPR 120a; assumption CHECK_TOLERANCE; check PSU_SHARE_FAR_FROM_DERIVED\]$/,
      ),
      expect.stringMatching(
        /^ {2}warning: publicOrder\.requiredBdus: 300 BDUs is more than the 234 .* \[SPR 120b; check BDUS_ABOVE_NATIONAL\]$/,
      ),
      expect.stringMatching(
        /^ {2}warning: publicOrder\.requiredBdus: 300 BDUs is far from Greater Manchester's share by officer numbers, 12 .* \[SPR 120b; assumption CHECK_TOLERANCE; check BDUS_FAR_FROM_DERIVED\]$/,
      ),
      expect.stringMatching(
        /^ {2}warning: publicOrder\.requiredAepTeams: 5 AEP teams is more than the 2 full teams .* \[SPR 120c; check AEP_TEAMS_ABOVE_REGION\]$/,
      ),
      expect.stringMatching(
        /^ {2}warning: section22\.forces\[6\]: Kent belongs to ERSOU \(Eastern\), not NWROCU \(North West\).* \[SPR 84; check S22_FORCE_OUTSIDE_ROCU\]$/,
      ),
    ]);
  });

  it("are errors under --strict: exit 2 and no file", async () => {
    const out = path.join(dir, "strict.xlsx");
    const r = await build(out, "--strict");
    expect(r.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.err[0]).toMatch(/departs from the SPR \(6 warnings, errors under --strict\); nothing was written:$/);
    expect(r.err[1]).toMatch(/^ {2}error: publicOrder\.nationalPsuShare: /);
  });

  it("--strict builds a plan with no warnings", async () => {
    const good = path.join(dir, "good.json");
    fs.writeFileSync(good, JSON.stringify(gmp));
    const out = path.join(dir, "good.xlsx");
    const code = await buildCommand([good, "-o", out, "--strict"], { out: () => undefined, err: () => undefined }, () => new Date(), false);
    expect(code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("are listed in the Checks block of the Summary sheet and on the Audit sheet", () => {
    const { models } = layoutWorkbook(bad, STAMP);
    for (const name of ["Summary", "Audit"]) {
      const sheet = models.find((m) => m.name === name)!;
      const table = sheet.tables.find((t) => t.name === (name === "Summary" ? "SprChecks" : "SprAuditChecks"))!;
      expect(table.columns).toEqual(["Departs from", "Plan path", "Warning (check id)"]);
      expect(table.rows).toBe(6);
      const first = sheet.cells
        .filter((c) => c.row === table.row + 1)
        .sort((a, b) => a.col - b.col)
        .map((c) => c.value);
      expect(first).toEqual([
        "SPR 120a",
        "publicOrder.nationalPsuShare",
        expect.stringMatching(/^400 PSUs is more than the 297 .*\(PSU_SHARE_ABOVE_NATIONAL\)$/),
      ]);
      expect(sheet.cells.find((c) => c.row === table.row - 1 && c.col === 0)!.value).toBe(
        "Checks: 6 warnings where the plan departs from the SPR",
      );
    }
    const clean = layoutWorkbook(gmp, STAMP).models.find((m) => m.name === "Summary")!;
    expect(clean.cells.some((c) => c.value === "Checks: none; the plan agrees with the SPR on every check")).toBe(true);
  });
});
