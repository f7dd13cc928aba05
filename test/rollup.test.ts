// Region and nation roll-ups (issue 18): one row per force, the force plans' own workbook figures, totals that are
// the sums of the force workbooks' figures, derived shares that share out the national figures exactly, the combined
// events calendar, and the refusals (a force outside the region, twice, another year).
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../src/cli/build-command";
import { PlanError } from "../src/plan/read";
import { ForcePlan, matchForcePlans, pickedForcePlans } from "../src/plan/rollup";
import { Plan } from "../src/plan/plan";
import { readPlan, validatePlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { CellModel, SheetModel } from "../src/workbook/model";
import { employPence, psuGapPence } from "./helpers/gap-cost";

const ROOT = path.resolve(__dirname, "..");
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };
const example = (f: string): Plan => readPlan(fs.readFileSync(path.join(ROOT, "examples", f), "utf8"));
const AVON = "avon-and-somerset-2026-27.json";
const DORSET = "dorset-2026-27.json";
const members: ForcePlan[] = [AVON, DORSET].map((source) => ({ source, plan: example(source) }));

function sheet(models: SheetModel[], name: string): SheetModel {
  return models.find((m) => m.name === name)!;
}
function cell(s: SheetModel, row: number, col: number): CellModel | undefined {
  return s.cells.find((c) => c.row === row && c.col === col);
}
/** The rows of a sheet's table as objects keyed by column header. */
function rows(s: SheetModel, table: string): Record<string, CellModel["value"]>[] {
  const t = s.tables.find((x) => x.name === table)!;
  return Array.from({ length: t.rows }, (_, i) =>
    Object.fromEntries(t.columns.map((h, j) => [h, cell(s, t.row + 1 + i, t.col + j)?.value ?? null])),
  );
}
/** A force workbook's Summary lines: measure → [required, available]. */
function summaryFigures(models: SheetModel[]): Map<string, [number, number]> {
  return new Map(
    rows(sheet(models, "Summary"), "SprSummary").map((r) => [r.Requirement as string, [r.Required as number, r.Available as number]]),
  );
}

describe("a region's roll-up of force plans", () => {
  const region = example("swrocu-forces-2026-27.json");
  const { models, ctx } = layoutWorkbook(region, STAMP, undefined, undefined, members);
  const forces = rows(sheet(models, "Forces"), "SprForces");
  const own = new Map(members.map((m) => [m.plan.organisation.name, summaryFigures(layoutWorkbook(m.plan, STAMP).models)]));

  it("has one row per force of the ROCU, those without a plan flagged", () => {
    expect(forces.map((r) => [r.Force, r["Force plan"]])).toEqual([
      ["Avon & Somerset", AVON],
      ["Devon & Cornwall", "no force plan"],
      ["Dorset", DORSET],
      ["Gloucestershire", "no force plan"],
      ["Wiltshire", "no force plan"],
    ]);
  });

  it("shows each force plan's own workbook figures, and the Summary's totals are their sums", () => {
    const summary = summaryFigures(models);
    for (const [measure, [req, avail]] of own.get("Avon & Somerset")!) {
      const dorset = own.get("Dorset")!.get(measure)!;
      const avon = forces.find((r) => r.Force === "Avon & Somerset")!;
      expect([avon[`${measure}: required`], avon[`${measure}: available`]]).toEqual([req, avail]);
      const [totalReq, totalAvail] = summary.get(`${measure} (2 of 5 forces with a plan)`)!;
      expect(totalReq).toBeCloseTo(req + dorset[0], 9);
      expect(totalAvail).toBeCloseTo(avail + dorset[1], 9);
    }
  });

  it("rolls up the PSUs by hand: Avon 25 required (its Glastonbury peak) and 8 fieldable, Dorset 18 and 3", () => {
    // Avon: Glastonbury 210,000 medium at 10,000 a PSU = 21, with the Bristol march 8,000 high at 2,500 = 4 → 25
    // Dorset: the Air Festival 180,000 medium at 10,000 = 18. Fieldable (one trained officer per post, a PSU is 1
    // inspector, 3 sergeants, 18 constables, 3 drivers): Avon [9, 26, 150, 24] → min(9, 8, 8, 8) = 8; Dorset
    // [4, 12, 70, 12] → min(4, 4, 3, 4) = 3.
    expect(summaryFigures(models).get("PSUs able to be fielded (2 of 5 forces with a plan)")).toEqual([43, 11]);
  });

  it("puts the force plans' events on one calendar: Glastonbury, the Bristol march and Weymouth together need 28 PSUs", () => {
    // 27 June 2026: Glastonbury 21 + Bristol march 4 + Weymouth beach 60,000 low at 20,000 a PSU = 3
    expect(summaryFigures(models).get("PSUs for the forces' events at their combined peak (2 of 5 forces with a plan)")).toEqual([28, 11]);
  });

  it("says when and where the combined calendar needs more PSUs than the two forces can field (11)", () => {
    // Excel serial date-times back to the minute (day 25,569 is 1 January 1970)
    const iso = (v: unknown) => new Date(Math.round(((v as number) - 25_569) * 1440) * 60_000).toISOString().slice(0, 16);
    const periods = rows(sheet(models, "Forces"), "SprOverCommitted").map((r) => ({ ...r, From: iso(r.From), To: iso(r.To) }));
    expect(periods).toEqual([
      // Glastonbury's 21 alone is over 11, from its start to its end; with the march and Weymouth 28, 17 over
      {
        From: "2026-06-24T08:00",
        To: "2026-06-29T20:00",
        "Most PSUs needed": 28,
        "Over capacity by": 17,
        "Events in force":
          "Glastonbury Festival (Avon & Somerset); Bristol protest march (Avon & Somerset); Weymouth beach weekend (Dorset)",
      },
      {
        From: "2026-08-27T10:00",
        To: "2026-08-30T20:00",
        "Most PSUs needed": 18,
        "Over capacity by": 7,
        "Events in force": "Bournemouth Air Festival (Dorset)",
      },
    ]);
  });

  it("holds the region's two AEP teams (SPR 120c) against what the forces with a plan can field", () => {
    const [required] = summaryFigures(models).get("AEP teams the region can field (2 of 5 forces with a plan)")!;
    expect(required).toBe(2);
  });

  it("gives a force without a plan its derived share as its PSU requirement", () => {
    const devon = forces.find((r) => r.Force === "Devon & Cornwall")!;
    expect(devon["PSUs able to be fielded: required"]).toBe(devon["PSUs: derived share"]);
    expect(devon["PSUs able to be fielded: available"]).toBe("no force plan");
  });

  it("lists the force plans' warnings at their path in the roll-up", () => {
    expect(ctx.checks).toEqual([]); // the examples agree with the SPR
    const avon = members[0].plan;
    const above = { ...members[0], plan: { ...avon, publicOrder: { ...avon.publicOrder!, nationalPsuShare: 298 } } };
    const checks = layoutWorkbook(region, STAMP, undefined, undefined, [above, members[1]]).ctx.checks;
    expect(checks.map((w) => `${w.id} ${w.path}`)).toContain(
      "PSU_SHARE_ABOVE_NATIONAL forcePlans[0] (Avon & Somerset) › publicOrder.nationalPsuShare",
    );
  });
});

describe("a region's roll-up carries the force plans' costs", () => {
  const region = example("swrocu-forces-2026-27.json");
  const { models } = layoutWorkbook(region, STAMP, undefined, undefined, members);
  const forces = rows(sheet(models, "Forces"), "SprForces");
  const pence = (v: unknown) => BigInt(Math.round((v as number) * 100));
  const force = (name: string) => forces.find((r) => r.Force === name)!;
  const PSU = "PSUs able to be fielded";
  // A PSU is 25 officers: Avon is 17 PSUs short (25 − 8) = 425 officers, Dorset 15 (18 − 3) = 375, each costed at
  // its own workbook's employer cost (test/helpers/gap-cost.ts works the rest by hand)
  const [avonPsu, dorsetPsu] = members.map((m, i) => psuGapPence([425, 375][i], employPence(layoutWorkbook(m.plan, STAMP).ctx)));
  const cost = (name: string, measure: string): [bigint, bigint] => [
    pence(force(name)[`${measure} one-off (£)`]),
    pence(force(name)[`${measure} a year (£)`]),
  ];

  it("shows each force's cost of closing its PSU gap, worked by hand", () => {
    expect(cost("Avon & Somerset", `${PSU}: close the gap,`)).toEqual(avonPsu);
    expect(cost("Dorset", `${PSU}: close the gap,`)).toEqual(dorsetPsu);
    expect(force("Devon & Cornwall")[`${PSU}: close the gap, a year (£)`]).toBe("no force plan");
  });

  it("totals every gap's cost by force, by region and overall, equal to the sums of the force workbooks' own figures", () => {
    // each force's own workbook: the cost columns of its Summary (SPR.GAPCOST on its Costs sheet)
    const own = (m: ForcePlan) =>
      rows(sheet(layoutWorkbook(m.plan, STAMP).models, "Summary"), "SprSummary").reduce(
        (a: [bigint, bigint], r): [bigint, bigint] => [
          a[0] + pence(r["Close the gap: one-off (£)"] ?? 0),
          a[1] + pence(r["Close the gap: a year (£)"] ?? 0),
        ],
        [0n, 0n],
      );
    const [avon, dorset] = members.map(own);
    expect(cost("Avon & Somerset", "Close every gap:")).toEqual(avon);
    expect(cost("Dorset", "Close every gap:")).toEqual(dorset);
    // by hand: Dorset's only shortfall is its PSUs; Avon's ARV gap (about 2.19 officers) adds to its PSUs'
    expect(dorset).toEqual(dorsetPsu);
    expect(avon[1]).toBeGreaterThan(avonPsu[1]);
    const both = [avon[0] + dorset[0], avon[1] + dorset[1]];
    const t = sheet(models, "Forces").tables.find((x) => x.name === "SprForces")!;
    const totals = (row: number) =>
      ["Close every gap: one-off (£)", "Close every gap: a year (£)"].map((h) =>
        pence(cell(sheet(models, "Forces"), row, t.col + t.columns.indexOf(h))!.value),
      );
    expect(totals(t.row + 1 + forces.length)).toEqual(both); // all five forces
    expect(totals(t.row + 2 + forces.length)).toEqual(both); // the two with a plan
    const region = rows(sheet(models, "Forces"), "SprByRegion");
    expect(
      region.map((r) => [r["Home Office region"], pence(r["Close every gap: one-off (£)"]), pence(r["Close every gap: a year (£)"])]),
    ).toEqual([["South West", ...both]]);
  });

  it("gives the region's Summary line the forces' summed cost of closing their own gaps", () => {
    const line = rows(sheet(models, "Summary"), "SprSummary").find((r) => r.Requirement === `${PSU} (2 of 5 forces with a plan)`)!;
    expect([pence(line["Close the gap: one-off (£)"]), pence(line["Close the gap: a year (£)"])]).toEqual([
      avonPsu[0] + dorsetPsu[0],
      avonPsu[1] + dorsetPsu[1],
    ]);
  });
});

describe("a ROCU roll-up that holds the region's Section 22 table", () => {
  const rocu = { ...example("swrocu-2026-27.json"), forcePlans: [AVON, DORSET] };
  const { models } = layoutWorkbook(rocu, STAMP, undefined, undefined, members);
  const forces = rows(sheet(models, "Forces"), "SprForces");

  it("shows each force's total contribution, linked to the Section 22 sheet, adding up to the budget less grants", () => {
    const t = sheet(models, "Forces").tables.find((x) => x.name === "SprForces")!;
    const col = t.col + t.columns.indexOf("Section 22 contribution");
    expect(cell(sheet(models, "Forces"), t.row + 1, col)!.formula).toMatch(/^'Section 22'!\$[A-Z]+\$\d+$/);
    // 15,490,000.75 of budget lines less 3,820,000 of grants (the example), to the penny
    expect(Math.round(forces.reduce((a, r) => a + (r["Section 22 contribution"] as number), 0) * 100)).toBe(1_167_000_075);
  });
});

describe("the national workbook from reference data alone", () => {
  const { models, ctx } = layoutWorkbook(example("england-and-wales-2026-27.json"), STAMP);
  const forces = rows(sheet(models, "Forces"), "SprForces");
  const sum = (k: string, f: (r: (typeof forces)[number]) => boolean = () => true) =>
    forces.filter(f).reduce((a, r) => a + (r[k] as number), 0);

  it("has all 43 forces, none with a plan, and a Summary that says where the figures are", () => {
    expect(forces).toHaveLength(43);
    expect(forces.every((r) => r["Force plan"] === "no force plan")).toBe(true);
    expect(ctx.summary).toHaveLength(0);
    expect(cell(sheet(models, "Summary"), 4, 0)!.value).toMatch(/^No force plans: the Forces sheet/);
  });

  it("shares out the 297 PSUs outside London, London's 75 and the 234 BDUs exactly (SPR 120a, 120b)", () => {
    const london = (r: (typeof forces)[number]) => r["Home Office region"] === "London";
    expect(sum("PSUs: derived share", (r) => !london(r))).toBe(297);
    expect(sum("PSUs: derived share", london)).toBe(75);
    expect(sum("BDUs: derived share")).toBe(234);
  });

  it("groups the forces by region and totals each region", () => {
    const regions = rows(sheet(models, "Forces"), "SprByRegion");
    expect(regions).toHaveLength(10);
    expect(regions.reduce((a, r) => a + (r.Forces as number), 0)).toBe(43);
    expect(regions.reduce((a, r) => a + (r["BDUs: derived share"] as number), 0)).toBe(234);
    expect(regions.find((r) => r["Home Office region"] === "London")!["PSUs: derived share"]).toBe(75);
  });
});

describe("force plans a roll-up refuses", () => {
  const region = example("swrocu-forces-2026-27.json");
  const problems = (plans: ForcePlan[]) => {
    try {
      matchForcePlans(region, plans);
    } catch (e) {
      return (e as PlanError).problems;
    }
    return [];
  };
  const plan = (p: Partial<Plan>): ForcePlan => ({ source: "x.json", plan: { ...members[0].plan, ...p } });

  it("refuses a force outside the region, the same force twice, another year, and a region's plan", () => {
    expect(problems([plan({ organisation: { kind: "force", name: "Kent" } })])).toEqual([
      { path: "forcePlans[0]", message: "x.json is Kent's plan, not a force of SWROCU" },
    ]);
    expect(problems([members[0], members[0]])[0]).toEqual({
      path: "forcePlans[1]",
      message: `${AVON} is a second plan for Avon & Somerset (forcePlans[0] is the first)`,
    });
    expect(problems([plan({ financialYear: "2027/28" })])[0].message).toBe("x.json is for 2027/28, the roll-up for 2026/27");
    expect(problems([plan({ organisation: { kind: "region", name: "SWROCU" } })])[0].message).toBe(
      "x.json is a region's plan; a roll-up is made of force plans",
    );
  });

  it("refuses to lay out a roll-up whose force plans were not read (the pane reads no files)", () => {
    expect(() => layoutWorkbook(region, STAMP)).toThrow("the plan names 2 force plans (forcePlans) and 0 were read");
  });

  it("matches files picked in the task pane to forcePlans by file name, refusing one not picked and two of one name", () => {
    expect(pickedForcePlans(["plans/a.json", "b.json"], ["b.json", "a.json", "c.json"])).toEqual({
      names: ["a.json", "b.json"],
      unused: ["c.json"],
    });
    const problems = (paths: string[], picked: string[]) => {
      try {
        pickedForcePlans(paths, picked);
      } catch (e) {
        return (e as PlanError).problems;
      }
      return [];
    };
    expect(problems(["a.json", "b.json"], ["a.json"])).toEqual([
      { path: "forcePlans[1]", message: "pick the force plan b.json (no file of that name was picked)" },
    ]);
    expect(problems(["x/a.json", "y\\a.json"], ["a.json"])).toEqual([
      {
        path: "forcePlans[1]",
        message:
          "y\\a.json has the same file name as forcePlans[0] (x/a.json); the task pane knows a picked file by its name only, so build this roll-up with spr build",
      },
    ]);
  });

  it("finds every named file among any picks that hold it, whatever their order, and lists the rest as unused", () => {
    const name = fc.stringMatching(/^[a-z]{1,6}\.json$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(name, { maxLength: 4 }),
        fc.infiniteStream(fc.nat()),
        (wanted, extra, seeds) => {
          const others = extra.filter((x) => !wanted.includes(x));
          const picked = [...wanted, ...others]
            .map((n) => [seeds.next().value, n] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, n]) => n);
          const paths = wanted.map((n, i) => (i % 2 ? `plans/${n}` : n));
          const got = pickedForcePlans(paths, picked);
          expect(got.names).toEqual(wanted);
          expect([...got.unused].sort()).toEqual([...others].sort());
        },
      ),
    );
  });

  it("refuses forcePlans in a force's own plan", () => {
    expect(() => validatePlan({ ...members[0].plan, forcePlans: [DORSET] })).toThrow(
      /forcePlans: only a region's or the nation's plan rolls up force plans/,
    );
  });
});

describe("spr build of a roll-up", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-rollup-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const build = async (file: string) => {
    const err: string[] = [];
    const code = await buildCommand([file, "-o", path.join(dir, `${path.basename(file)}.xlsx`), "--force"], {
      out: () => undefined,
      err: (s) => err.push(s),
    });
    return { code, err: err.join("\n") };
  };

  it("reads the force plans from paths relative to the roll-up plan", async () => {
    expect((await build(path.join(ROOT, "examples", "swrocu-forces-2026-27.json"))).code).toBe(0);
  });

  it("names the force plan it cannot read, and a force plan's own problem at its path, and writes nothing", async () => {
    const file = path.join(dir, "region.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        planVersion: 1,
        organisation: { kind: "region", name: "South West" },
        financialYear: "2026/27",
        forcePlans: ["missing.json", "bad.json"],
      }),
    );
    fs.writeFileSync(
      path.join(dir, "bad.json"),
      JSON.stringify({ planVersion: 1, organisation: { kind: "force", name: "Dorset" }, financialYear: "2026-27" }),
    );
    const r = await build(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("forcePlans[0]: cannot read the force plan missing.json");
    expect(r.err).toContain("forcePlans[1] (bad.json) › financialYear:");
    expect(fs.existsSync(path.join(dir, "region.json.xlsx"))).toBe(false);
  });
});
