/**
 * Evaluates a parsed formula against the registry, handing each function its arguments in the shapes Excel would:
 * omitted → null; a single value for a range parameter → a 1×1 range; a range for a single-value parameter → the
 * function is called once per cell and the answers spill in that shape (Excel's array lifting).
 */
import { Arg, Call, Literal, isCall } from "./formula";
import { CustomFunction, Registry } from "./registry";

export type CellValue = number | string | boolean;
export type Outcome = { value: CellValue | CellValue[][] } | { error: string; message: string };

export class CallShapeError extends Error {}

function fromThrown(e: unknown): Outcome {
  const err = e as { code?: unknown; message?: unknown };
  if (err && typeof err.code === "string" && err.code.startsWith("#")) return { error: err.code, message: String(err.message ?? "") };
  return { error: "#VALUE!", message: `unhandled exception: ${e instanceof Error ? e.message : String(e)}` };
}

async function invoke(fn: CustomFunction, args: unknown[]): Promise<Outcome> {
  try {
    const v = await fn(...args);
    return { value: v as CellValue | CellValue[][] };
  } catch (e) {
    return fromThrown(e);
  }
}

function isGrid(v: unknown): v is Literal[][] {
  return Array.isArray(v);
}

/** Calls a function whose scalar parameters received ranges once per cell (all such ranges the same shape or 1×1). */
async function lift(call: Call, fn: CustomFunction, args: unknown[], liftAt: number[]): Promise<Outcome> {
  const shapes = liftAt.map((i) => args[i] as Literal[][]).filter((g) => g.length * g[0].length > 1);
  const rows = shapes[0].length;
  const cols = shapes[0][0].length;
  if (shapes.some((g) => g.length !== rows || g[0].length !== cols)) {
    return { error: "#VALUE!", message: `${call.name}: ranges given for single-value arguments must have the same shape` };
  }
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      const a = args.map((v, i) => {
        if (!liftAt.includes(i)) return v;
        const g = v as Literal[][];
        return g.length === 1 && g[0].length === 1 ? g[0][0] : g[r][c];
      });
      const res = await invoke(fn, a);
      if ("error" in res) return { error: res.error, message: `${res.message} (at row ${r + 1}, column ${c + 1} of the lifted range)` };
      if (Array.isArray(res.value))
        return { error: "#VALUE!", message: `${call.name} returns a range, so it cannot be lifted over a range argument` };
      row.push(res.value);
    }
    out.push(row);
  }
  return { value: out };
}

export async function evaluateCall(call: Call, registry: Registry): Promise<Outcome> {
  const fn = registry.functions.get(call.name);
  const meta = registry.metadata.get(call.name);
  if (!fn || !meta) return { error: "#NAME?", message: `there is no function SPR.${call.name}` };
  const params = meta.parameters;
  if (call.args.length > params.length) {
    throw new CallShapeError(
      `SPR.${call.name} takes at most ${params.length} argument${params.length === 1 ? "" : "s"}, got ${call.args.length}`,
    );
  }
  const values: unknown[] = [];
  for (const a of call.args as Arg[]) {
    if (isCall(a)) {
      const inner = await evaluateCall(a, registry);
      if ("error" in inner) return inner; // Excel passes an argument's error straight through
      values.push(inner.value);
    } else values.push(a);
  }
  const { shaped, liftAt } = shapeArguments(values, params);
  if (liftAt.length > 0) return lift(call, fn, shaped, liftAt);
  return invoke(fn, shaped);
}

/**
 * Argument values in the shapes Excel hands a function (omitted → null, a single value for a range parameter → 1×1,
 * a 1×1 range for a single-value parameter → its value), and the positions of ranges given for single values (lifted).
 */
export function shapeArguments(
  values: unknown[],
  params: { dimensionality?: "scalar" | "matrix" }[],
): { shaped: unknown[]; liftAt: number[] } {
  const all = [...values];
  while (all.length < params.length) all.push(null);
  const liftAt: number[] = [];
  const shaped = all.map((v, i) => {
    const matrix = params[i].dimensionality === "matrix";
    if (v === null) return null;
    if (matrix) return isGrid(v) ? v : [[v]];
    if (isGrid(v)) {
      if (v.length === 1 && v[0].length === 1) return v[0][0];
      liftAt.push(i);
    }
    return v;
  });
  return { shaped, liftAt };
}
