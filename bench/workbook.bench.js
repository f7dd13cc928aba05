// A full recalculation of the force example's workbook: every SPR call in the built workbook evaluated once, as
// Excel's full recalculation would (each dynamic array's anchor once; nested calls inside their caller), through the
// very functions Excel registers. Beside it, the same cells as the workbook used to hold them, one INDEX(SPR.X(…), r,
// c) per cell: the whole call once for every cell of each block, measured in the same run. Budget: 100 ms.
const fs = require("fs");
const path = require("path");
const { readPlan } = require("../lib/plan/validate");
const { layoutWorkbook } = require("../lib/workbook/build");
const { replaceRefs } = require("../lib/workbook/formula-refs");
const { parseFormula, isCall } = require("../lib/cli/formula");
const { shapeArguments } = require("../lib/cli/evaluate");
const { loadRegistry } = require("../lib/cli/main");
const { forgetSimulations } = require("../lib/core/uncertainty/simulate");
const { workbook: BUDGET } = require("./budgets");

const PLAN = path.join(__dirname, "..", "examples", "avon-and-somerset-2026-27.json");
const { models } = layoutWorkbook(readPlan(fs.readFileSync(PLAN, "utf8")), {
  builtAt: "2026-11-29T12:00:00.000Z",
  planDigest: "0".repeat(64),
  planSource: "bench",
});
const registry = loadRegistry(path.join(__dirname, "..", "lib"));

const literal = (v) =>
  v === null ? '""' : typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
const cellsOf = new Map(models.map((m) => [m.name, new Map(m.cells.map((c) => [`${c.row},${c.col}`, c]))]));

/** The SPR call a formula cell makes (inside INDEX(…,1,1) or CHOOSECOLS), its references replaced by the values they hold. */
function callOf(sheet, formula) {
  const inner = /^(?:INDEX|CHOOSECOLS)\((SPR\..+?)((?:,\d+)+)\)$/.exec(formula)?.[1] ?? formula;
  if (!/^SPR\./.test(inner)) return null;
  const text = replaceRefs(inner, (r, spill) => {
    const cells = cellsOf.get(r.sheet ?? sheet);
    const block = spill ? cells.get(`${r.row},${r.col}`).spill : { rows: r.rows, cols: r.cols };
    const rows = Array.from({ length: block.rows }, (_, i) =>
      Array.from({ length: block.cols }, (_, j) => literal(cells.get(`${r.row + i},${r.col + j}`)?.value ?? null)).join(","),
    );
    return block.rows === 1 && block.cols === 1 ? rows[0] : `{${rows.join(";")}}`;
  });
  return parseFormula(`=${text}`);
}

/** Evaluates a parsed call as Excel would, synchronously: nested calls first, arguments in Excel's shapes. */
let calls = 0;
function evaluate(call) {
  calls++;
  const values = call.args.map((a) => (a !== null && isCall(a) ? evaluate(a) : a));
  const { shaped, liftAt } = shapeArguments(values, registry.metadata.get(call.name).parameters);
  if (liftAt.length) throw new Error(`SPR.${call.name}: the workbook never lifts a call over a range`);
  return registry.functions.get(call.name)(...shaped);
}

// Every formula cell's call, with the number of cells it fills (a dynamic array's block; one for a single value)
const formulas = models
  .flatMap((m) =>
    m.cells.filter((c) => c.formula).map((c) => ({ call: callOf(m.name, c.formula), cells: c.spill ? c.spill.rows * c.spill.cols : 1 })),
  )
  .filter((f) => f.call);
// each run from cold, as after a change of input: no simulation kept from the run before (src/core/uncertainty/simulate.ts)
const recalculation = () => (forgetSimulations(), formulas.map((f) => evaluate(f.call)));
const perCell = () => (forgetSimulations(), formulas.flatMap((f) => Array.from({ length: f.cells }, () => evaluate(f.call))));

// Refuse to time answers that differ from the cached values' source: both ways give the same results first
calls = 0;
const once = recalculation();
const sprCalls = calls;
const cellResults = perCell();
let k = 0;
for (const [i, f] of formulas.entries())
  for (let j = 0; j < f.cells; j++)
    if (JSON.stringify(cellResults[k++]) !== JSON.stringify(once[i])) throw new Error("per-cell and once-per-table results differ");
calls = 0;
perCell();
const perCellCalls = calls;
const seen = new Set();
const walk = (c) => (seen.add(c.name), c.args.forEach((a) => a !== null && isCall(a) && walk(a)));
formulas.forEach((f) => walk(f.call));
const missing = BUDGET.functions.filter((id) => !seen.has(id));
if (missing.length) throw new Error(`bench/budgets.js names functions the force example does not call: ${missing.join(", ")}`);

module.exports = {
  name: "WORKBOOK",
  cases: [
    {
      name: `full recalculation of the force example: ${sprCalls} SPR calls in ${formulas.length} formula cells`,
      run: recalculation,
      baseline: perCell,
      baselineName: `one INDEX a cell (${perCellCalls} calls)`,
      budgetMs: BUDGET.budgetMs,
      samples: 5,
    },
  ],
};
