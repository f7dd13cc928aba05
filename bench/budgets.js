// The benchmarks that carry a time budget, and the SPR functions (by id) each one measures: one list, read by the
// benchmarks themselves (national.bench.js refuses to time a run whose calls differ from its list) and by
// test/registry.test.ts (every id named here is a registered function). A function "has a budget" when it is named
// here; add it when a capability's function joins a budgeted recalculation.
module.exports = {
  // bench/national.bench.js: a national workbook's recalculation through the very functions Excel registers
  national: {
    budgetMs: 50,
    functions: [
      "ALLOCATE",
      "PRODUCTIVEHOURS",
      "UNITSTAFF",
      "UNITCAPACITY",
      "PSUGAP",
      "EVENTPSUS",
      "PEAKCONCURRENT",
      "PSUREQ",
      "RAG",
      "ARVREQ",
      "AFOREQ",
      "AFOGAP",
      "SOCREQ",
      "WORKLOADFTE",
      "LROREQ",
      "CAPABILITYCHECK",
      "S22TABLE",
    ],
  },
  // bench/rollup.bench.js: the national roll-up workbook laid out (every sheet, every formula's cached value), from
  // reference data alone and from 43 force plans; the whole country in seconds on one machine
  rollup: {
    budgetMs: 2000,
    referenceBudgetMs: 250,
    functions: ["NATIONALSHARE", "PEAKCONCURRENT", "OVERCOMMIT"],
  },
  // bench/uncertainty.bench.js: a force's whole requirement model under uncertainty (the models behind these functions)
  uncertainty: {
    budgetMs: 1000,
    functions: ["ARVREQP", "PSUREQP", "SOCREQP"],
  },
  // bench/workbook.bench.js: a full recalculation of the force example (every SPR call in its workbook once)
  workbook: {
    budgetMs: 100,
    functions: [
      "CAPABILITYSUMMARY",
      "CAPABILITYCHECK",
      "HISTOGRAM",
      "PSUSIM",
      "PSUTORNADO",
      "SIMSTATS",
      "ARVREQP",
      "PSUREQP",
      "SOCREQP",
      "GAP",
      "RAG",
    ],
  },
};
