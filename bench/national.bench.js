// The engine time to recalculate a national workbook: the figures a national planner computes for all 43 forces,
// through the very functions Excel registers (argument checking and marshalling included), beside a baseline of the
// same figures computed by calling the engine's core functions directly (no argument reading), measured in the same
// run: the ratio is what the Excel door costs. Budget: the whole national recalculation under 50 ms.
const fns = require("../lib/functions/functions");
const { national: BUDGET } = require("./budgets");
const { FORCES } = require("../lib/core/forces/forces-data");
const { allocate } = require("../lib/core/allocate");
const po = {
  units: require("../lib/core/public-order/units"),
  staffing: require("../lib/core/public-order/staffing"),
  peak: require("../lib/core/public-order/peak"),
  req: require("../lib/core/public-order/requirement"),
  events: require("../lib/core/public-order/event-psus"),
};
const arv = require("../lib/core/armed-policing/arv");
const afo = require("../lib/core/armed-policing/afo");
const soc = require("../lib/core/soc/socreq");
const workload = require("../lib/core/soc/workload");
const lro = require("../lib/core/soc/lro");
const ph = require("../lib/core/workforce/productive-hours");
const s22 = require("../lib/core/section22/table");

// Each ROCU's Section 22 table: its member forces by officer FTE, seven budget lines
const ROCUS = [...new Set(FORCES.map((f) => f.rocu))].map((rocu) => FORCES.filter((f) => f.rocu === rocu).map((f) => f.officerFte));
const LINES = [2450000, 1875000.5, 3120000, 1280000, 4630000, 1150000, 985000.25];

const outsideLondon = FORCES.filter((f) => f.region !== "London");
const weights = outsideLondon.map((f) => [f.officerFte]);
const starts = Array.from({ length: 10 }, (_, i) => [46200 + i * 0.7]);
const ends = starts.map(([s], i) => [s + 0.25 + (i % 3) * 0.4]);
const attendance = starts.map((_, i) => [2000 + i * 3500]);
const risk = starts.map((_, i) => [["low", "medium", "high"][i % 3]]);
const crowd = [
  ["low", 10000],
  ["medium", 4000],
  ["high", 1000],
];
const ids = [["74.1"], ["74.2"], ["74.3"], ["74.4"], ["74.5"], ["74.6"], ["74.7"]];
const statuses = [["in force"], ["in force"], ["via ROCU"], ["partial"], ["in force"], ["absent"], [""]];

function viaExcelFunctions(fns) {
  const shares = fns.allocate(297, weights);
  const hours = fns.productiveHours();
  for (let i = 0; i < FORCES.length; i++) {
    const fte = FORCES[i].officerFte;
    const share = i < shares.length ? shares[i][0] : 10;
    const trained = [[Math.round(fte / 300), Math.round(fte / 100), Math.round(fte / 17), Math.round(fte / 100)]];
    fns.unitStaff("PSU", share, 2);
    const capacity = fns.unitCapacity("PSU", trained, 2);
    fns.psuGap(share, trained, 2);
    const psus = fns.eventPsus(attendance, risk, crowd);
    const peak = fns.peakConcurrent(starts, ends, psus);
    const required = fns.psuReq(share, peak, "max");
    fns.rag([[required]], [[capacity]]);
    const arvs = fns.arvReq(fte * 0.35, 150, 0.05, 1.5, 1.4, 3);
    fns.afoReq(arvs, 2, hours);
    fns.afoGap(arvs, fte / 60, 2, hours);
    fns.socReq([[4, 11, 23, 31]], [[3000, 1200, 400, 100]], [[0.3, 0.6, 0.9, 1]], hours);
    fns.workloadFte([[fte * 0.5], [fte / 25], [fte / 80]], [[20], [35], [250]], hours);
    fns.lroReq(69, 3);
    fns.capabilityCheck(ids, statuses);
  }
  for (const fte of ROCUS)
    fns.s22Table(
      fte.map((w) => [w]),
      [LINES],
      0.2,
      fte.map((w) => [Math.round(w * 100)]),
      0.01,
    );
}

function viaCore() {
  const shares = allocate(
    297,
    weights.map((w) => w[0]),
  );
  const hours = ph.productiveHours(ph.defaultProductiveHoursInputs());
  const roles = po.units.unitRoles("PSU");
  for (let i = 0; i < FORCES.length; i++) {
    const fte = FORCES[i].officerFte;
    const share = i < shares.length ? shares[i] : 10;
    const trained = [Math.round(fte / 300), Math.round(fte / 100), Math.round(fte / 17), Math.round(fte / 100)];
    po.staffing.staffByRole(roles, share, 2);
    const capacity = po.staffing.unitCapacity(roles, trained, 2);
    void capacity;
    const psus = attendance.map(([a], k) => po.events.eventPsus(a, crowd[k % 3][1]));
    const peak = po.peak.peakConcurrent(
      starts.map((s) => s[0]),
      ends.map((e) => e[0]),
      psus,
    );
    po.req.psuRequirement(share, peak, "max");
    const arvs = arv.arvsRequired(
      { incidentsPerYear: fte * 0.35, meanMinutes: 150, arvsPerIncident: 1.5, peakFactor: 1.4, minutesPerYear: 525600 },
      0.05,
      3,
    );
    const required = afo.afosRequired(arvs, 2, 8760 / hours);
    afo.afoGap(required, fte / 60, 0.9078);
    soc.socRequirement([4, 11, 23, 31], [3000, 1200, 400, 100], [0.3, 0.6, 0.9, 1], hours);
    workload.workloadFte([fte * 0.5, fte / 25, fte / 80], [20, 35, 250], hours);
    lro.lrosNeeded(69, 3);
  }
  for (const fte of ROCUS)
    s22.s22Table({
      weights: fte,
      lineCosts: LINES,
      fixedFraction: 0.2,
      inKind: fte.map((w) => Math.round(w * 100)),
      unit: 0.01,
      showHeaders: false,
    });
}

// Refuse to time a run that measures other functions than bench/budgets.js says it does: one run through a recorder.
const called = new Set();
viaExcelFunctions(new Proxy(fns, { get: (m, name) => (called.add(String(name).toUpperCase()), m[name]) }));
if ([...called].sort().join() !== [...BUDGET.functions].sort().join())
  throw new Error(
    `national.bench.js calls ${[...called].sort().join(", ")} but bench/budgets.js lists ${[...BUDGET.functions].sort().join(", ")}`,
  );

module.exports = {
  name: "National recalculation",
  cases: [
    {
      name: `43 forces and 10 ROCU S22TABLEs through ${BUDGET.functions.length} SPR functions`,
      run: () => viaExcelFunctions(fns),
      baseline: viaCore,
      baselineName: "engine core, no marshalling",
      budgetMs: BUDGET.budgetMs,
    },
  ],
};
