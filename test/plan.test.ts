// The plan file: the published schema matches the one the validator uses, and broken plans get one clear message
// per problem with its path in the file.
import * as fs from "fs";
import * as path from "path";
import { PLAN_SCHEMA } from "../src/plan/plan-schema";
import { PlanError, readPlan, toExcelSerial } from "../src/plan/validate";

const ROOT = path.resolve(__dirname, "..");
const example = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
const region = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "swrocu-2026-27.json"), "utf8"));

function problems(plan: unknown): string[] {
  try {
    readPlan(typeof plan === "string" ? plan : JSON.stringify(plan));
  } catch (e) {
    if (e instanceof PlanError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plan file edited freely, into shapes the schema rejects
function edit(base: object, f: (p: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(base));
  f(copy);
  return copy;
}

describe("plan files", () => {
  it("publishes the schema the validator uses (run `npm run docs` if this fails)", () => {
    const published = JSON.parse(fs.readFileSync(path.join(ROOT, "schema", "plan.schema.json"), "utf8"));
    expect(published).toEqual(JSON.parse(JSON.stringify(PLAN_SCHEMA)));
  });

  it("accepts the example plans", () => {
    expect(problems(example)).toEqual([]);
    expect(problems(region)).toEqual([]);
  });

  it.each([
    ["truncated JSON", '{"planVersion": 1, "organisation": {', [/^\(file\): not valid JSON/]],
    ["not an object", "[1,2,3]", ["(plan): expected an object, found a list"]],
    ["missing sections", {}, ["planVersion: is missing", "organisation: is missing", "financialYear: is missing"]],
    ["wrong version", edit(example, (p) => (p.planVersion = 2)), ["planVersion: expected one of 1, found 2"]],
    ["unknown field", edit(example, (p) => (p.extra = true)), [/^extra: is not a known field/]],
    [
      "a year that is not consecutive",
      edit(example, (p) => (p.financialYear = "2026/28")),
      ["financialYear: expected consecutive years such as 2026/27"],
    ],
    [
      "a year in the wrong form",
      edit(example, (p) => (p.financialYear = "2026-27")),
      ['financialYear: "2026-27" is not in the expected form (for example "2026/27")'],
    ],
    [
      "an unknown force",
      edit(example, (p) => (p.organisation.name = "Narnia")),
      [/^organisation\.name: no force called "Narnia"; nearest: /],
    ],
    [
      "an unknown assumption",
      edit(example, (p) => (p.assumptions = { LEAVE: 3 })),
      [/^assumptions\.LEAVE: no planning assumption "LEAVE"; nearest keys: /],
    ],
    [
      "an assumption that is not a number",
      edit(example, (p) => (p.assumptions = { ANNUAL_LEAVE_DAYS: "27" })),
      ["assumptions.ANNUAL_LEAVE_DAYS: expected a number, found text"],
    ],
    [
      "a negative assumption",
      edit(example, (p) => (p.assumptions = { RAG_AMBER_MARGIN: -1 })),
      ["assumptions.RAG_AMBER_MARGIN: expected a number ≥ 0 and ≤ 1 (fraction of required), found -1"],
    ],
    [
      "a share assumption above 1",
      edit(example, (p) => (p.assumptions = { AFO_DEPLOYABLE_RATE: 90.8 })),
      ["assumptions.AFO_DEPLOYABLE_RATE: expected a number > 0 and ≤ 1 (fraction of AFOs), found 90.8"],
    ],
    [
      "an ARV crew of 0 (AFOREQ needs at least 1)",
      edit(example, (p) => {
        delete p.armedPolicing.crewSize;
        p.assumptions = { ARV_CREW: 0 };
      }),
      ["assumptions.ARV_CREW: expected a number ≥ 1 (AFOs per ARV), found 0"],
    ],
    [
      "one trial (SIMSTATS needs two)",
      edit(example, (p) => {
        delete p.uncertainty.trials;
        p.assumptions = { SIM_TRIALS: 1 };
      }),
      ["assumptions.SIM_TRIALS: expected a whole number ≥ 2 and ≤ 100000 (trials), found 1"],
    ],
    // 260.89 working days a year (365.25 × 5 ÷ 7); 27 leave + 8 bank holidays + 226 training days leave none
    [
      "days away that use up the year",
      edit(example, (p) => (p.assumptions = { ANNUAL_LEAVE_DAYS: 27, TRAINING_DAYS: 226 })),
      [/^assumptions\.TRAINING_DAYS: days away \(\d+(\.\d+)?\) use up all 260\.89 working days in the year$/],
    ],
    [
      "an event that ends before it starts",
      edit(example, (p) => (p.publicOrder.events[3].end = "2026-11-25T10:00")),
      ["publicOrder.events[3].end: before start (an event must end after it starts)"],
    ],
    [
      "a date that does not exist",
      edit(example, (p) => (p.publicOrder.events[0].start = "2026-02-30T10:00")),
      ['publicOrder.events[0].start: "2026-02-30T10:00" is not a real date and time'],
    ],
    [
      "a negative attendance",
      edit(example, (p) => (p.publicOrder.events[1].attendance = -5)),
      ["publicOrder.events[1].attendance: expected at least 0, found -5"],
    ],
    [
      "an unknown risk level",
      edit(example, (p) => (p.publicOrder.events[1].risk = "extreme")),
      ['publicOrder.events[1].risk: expected one of "low", "medium", "high", found "extreme"'],
    ],
    [
      "trained officers of the wrong length",
      edit(example, (p) => (p.publicOrder.trained.PSU = [1, 2, 3])),
      ["publicOrder.trained.PSU: expected at least 4 items, found 3"],
    ],
    [
      "a wait probability above 1",
      edit(example, (p) => (p.armedPolicing.maxWaitProb = 5)),
      ["armedPolicing.maxWaitProb: expected less than 1, found 5"],
    ],
    [
      "a wait probability of 1 (ARVREQ needs less than 1)",
      edit(example, (p) => (p.armedPolicing.maxWaitProb = 1)),
      ["armedPolicing.maxWaitProb: expected less than 1, found 1"],
    ],
    [
      "a peak factor below 1 (ARVREQ needs at least 1)",
      edit(example, (p) => (p.armedPolicing.peakFactor = 0.5)),
      ["armedPolicing.peakFactor: expected at least 1, found 0.5"],
    ],
    ["part of an LRO's OCGs", edit(example, (p) => (p.soc.ocgsPerLro = 2.5)), ["soc.ocgsPerLro: expected a whole number, found a number"]],
    // 1e13 incidents ÷ 525,600 minutes a year × 150 minutes × 1.5 ARVs × 1.4 = 5,993,150,684.9 erlangs (> 1e9)
    [
      "more incidents than the queueing model takes",
      edit(example, (p) => {
        delete p.uncertainty;
        p.armedPolicing.incidentsPerYear = 1e13;
      }),
      [
        "armedPolicing.incidentsPerYear: these inputs offer 5993150684.931507 erlangs, more than the 1,000,000,000 the queueing model accepts",
      ],
    ],
    [
      "a Section 22 cost in fractions of a penny",
      edit(region, (p) => (p.section22.lines[0].cost = 10.005)),
      ["section22.lines[0].cost: expected a whole multiple of unit 0.01, got 10.005 (section22.unit)"],
    ],
    [
      "an unknown capability id",
      edit(example, (p) => (p.soc.capabilities[0].id = "74.99")),
      [/^soc\.capabilities\[0\]\.id: no SPR capability "74\.99"; nearest ids: 74\.1/],
    ],
    [
      "an unknown capability status",
      edit(example, (p) => (p.soc.capabilities[2].status = "outsourced")),
      [/^soc\.capabilities\[2\]\.status: expected one of "in force", .* got the text "outsourced"$/],
    ],
    [
      "a capability listed twice",
      edit(example, (p) => (p.soc.capabilities[3].id = "74.1")),
      ["soc.capabilities[3].id: 74.1 is listed twice (also at capabilities[0])"],
    ],
    [
      "a typed coverage minimum beside a coverage target",
      edit(example, (p) => (p.armedPolicing.coverageMinimum = 4)),
      ["armedPolicing.coverage: give either coverageMinimum (typed) or coverage (worked out by SPR.ARVCOVER), not both"],
    ],
    [
      "AFOs in other roles above the establishment",
      edit(example, (p) => (p.armedPolicing.otherRoles.instructors = 60)),
      ["armedPolicing.otherRoles: expected AFOs in other roles adding up to no more than the 130 AFOs available, got 134"],
    ],
    [
      "a detour factor below 1",
      edit(example, (p) => (p.armedPolicing.coverage.detourFactor = 0.9)),
      ["armedPolicing.coverage.detourFactor: expected at least 1, found 0.9"],
    ],
    [
      "a share outside 0–1",
      edit(example, (p) => (p.soc.forceShareByBand[2] = 1.5)),
      ["soc.forceShareByBand[2]: expected at most 1, found 1.5"],
    ],
    [
      "absurd sizes",
      edit(example, (p) => (p.publicOrder.events = Array.from({ length: 10001 }, () => p.publicOrder.events[0]))),
      ["publicOrder.events: expected at most 10000 items, found 10001"],
    ],
    [
      "a force listed twice",
      edit(region, (p) => (p.section22.forces[4].name = "Avon and Somerset Constabulary")),
      ["section22.forces[4].name: Avon & Somerset is listed twice (also at forces[0])"],
    ],
    [
      "grants above the budget",
      edit(region, (p) => (p.section22.grants[0].amount = 1e9)),
      [/^section22\.grants: add up to more than the budget lines/],
    ],
    ["no budget lines", edit(region, (p) => (p.section22.lines = [])), ["section22.lines: expected at least 1 item, found 0"]],
    [
      "all weights zero",
      edit(region, (p) => p.section22.forces.forEach((f: { weight: number }) => (f.weight = 0))),
      ["section22.forces: every weight is zero, so there is nothing to share the budget by"],
    ],
  ])("rejects %s with one message per problem", (_name, plan, expected) => {
    const got = problems(plan);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === "string" ? expect(got[i]).toBe(e) : expect(got[i]).toMatch(e)));
  });

  it("turns ISO date-times into Excel serial numbers", () => {
    // Excel: 1 January 2026 is day 46,023; noon adds 0.5
    expect(toExcelSerial("2026-01-01")).toBe(46023);
    expect(toExcelSerial("2026-01-01T12:00")).toBe(46023.5);
  });
});
