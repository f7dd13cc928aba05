// Every registered function (enumerated from the generated metadata, so a new function is covered automatically)
// called with thousands of generated argument lists. Each call must return a well-formed value or throw a
// CustomFunctions.Error with a message; never an unhandled exception, NaN, Infinity, undefined or a ragged range.
// Reproduce a failure with FUZZ_SEED=<seed printed> npx jest test/fuzz.
import fc from "fast-check";
import { freshRegistry } from "../helpers/registry";
import { MetadataFunction, MetadataParameter } from "../../src/cli/registry";
import * as functionsModule from "../../src/functions/functions";
import { fuzzTargets } from "./targets";
import { UNFORESEEN } from "../../src/functions/marshal";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const ERROR_CODES = new Set(["#VALUE!", "#N/A"]);

/** Words a user would plausibly type for a parameter: every "quoted" word in its description. */
function vocabulary(p: MetadataParameter, f: MetadataFunction): string[] {
  const text = `${p.description ?? ""} ${f.description ?? ""}`;
  return [...new Set([...text.matchAll(/"([^"]{1,40})"/g)].map((m) => m[1]))];
}

const number = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    2,
    3,
    0.5,
    0.05,
    0.9,
    10,
    25,
    297,
    1000,
    8760,
    -1,
    -0.5,
    1e6,
    1e12,
    1e308,
    -1e308,
    5e-324,
    NaN,
    Infinity,
    -Infinity,
  ),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noDefaultInfinity: false }),
);

function scalar(words: string[]) {
  return fc.oneof(
    { weight: 5, arbitrary: number },
    { weight: 2, arbitrary: words.length ? fc.constantFrom(...words) : fc.constant("PSU") },
    { weight: 1, arbitrary: fc.constantFrom("", "text", " ", "0", "1e3", "TRUE") },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function grid(words: string[]) {
  const cell = scalar(words);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .integer({ min: 1, max: 6 })
        .chain((rows) =>
          fc
            .integer({ min: 1, max: 5 })
            .chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: 1, max: 8 })
        .chain((n) => fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n })),
    },
    { weight: 1, arbitrary: fc.constantFrom([] as unknown[][], [[]] as unknown[][], [[1, 2], [3]] as unknown[][]) },
    { weight: 1, arbitrary: cell.map((c) => [[c]]) },
  );
}

function argument(p: MetadataParameter, f: MetadataFunction) {
  const words = vocabulary(p, f);
  const base =
    p.dimensionality === "matrix" ? grid(words) : fc.oneof({ weight: 6, arbitrary: scalar(words) }, { weight: 1, arbitrary: grid(words) });
  return p.optional ? fc.oneof({ weight: 3, arbitrary: base }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) }) : base;
}

function wellFormed(v: unknown): string | null {
  const cellOk = (c: unknown) =>
    (typeof c === "number" && Number.isFinite(c)) || typeof c === "string" || typeof c === "boolean" ? null : `bad cell ${String(c)}`;
  if (!Array.isArray(v)) return cellOk(v);
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) return "empty range";
  const cols = v[0].length;
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== cols) return "ragged range";
    for (const c of row) {
      const bad = cellOk(c);
      if (bad) return bad;
    }
  }
  return null;
}

describe("fuzzing every registered function", () => {
  let functions: MetadataFunction[] = [];
  beforeAll(async () => {
    functions = await fuzzTargets();
  });

  it("covers exactly the functions the bundle exports, each once", async () => {
    const fuzzed = functions.map((f) => f.id);
    expect(new Set(fuzzed).size).toBe(fuzzed.length);
    expect([...fuzzed].sort()).toEqual(
      Object.keys(functionsModule)
        .map((name) => name.toUpperCase())
        .sort(),
    );
  });

  it("answers every argument list with a value or a clear Excel error", async () => {
    const registry = await freshRegistry();
    for (const f of functions) {
      const fn = registry.functions.get(f.id)!;
      const args = fc.tuple(...f.parameters.map((p) => argument(p, f)));
      fc.assert(
        fc.property(args, (list) => {
          let result: unknown;
          let problem: string | null = null;
          try {
            result = fn(...list);
          } catch (e) {
            const err = e as { code?: unknown; message?: unknown };
            const ExcelError = (globalThis as unknown as { CustomFunctions: { Error: new (...a: unknown[]) => Error } }).CustomFunctions
              .Error;
            if (!(e instanceof ExcelError)) problem = `SPR.${f.id} threw ${String(e)}, not a CustomFunctions.Error`;
            else if (!ERROR_CODES.has(String(err.code))) problem = `SPR.${f.id} threw ${String(e)} (not an Excel error)`;
            else if (typeof err.message !== "string" || err.message.trim() === "")
              problem = `SPR.${f.id} gave ${String(err.code)} without a message`;
            else if (err.message === UNFORESEEN) problem = `SPR.${f.id} hit an unforeseen failure`;
            else return;
          }
          if (problem) throw new Error(problem);
          const bad = wellFormed(result);
          if (bad) throw new Error(`SPR.${f.id} returned ${bad}: ${JSON.stringify(result)?.slice(0, 200)}`);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
  });
});
