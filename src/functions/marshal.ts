/**
 * The marshalling layer between Excel and the engine. Every custom function runs its body through `cell()`, so:
 * - an SprError from the engine becomes the matching Excel error (#VALUE!, #NUM!, #N/A) with its message;
 * - any other exception (a bug) becomes #VALUE! with a message, never an unhandled exception;
 * - a result is checked on the way out: no NaN, Infinity, undefined or ragged arrays reach a cell, and a blank in an
 *   array is returned as "" (Excel shows a null inside an array as 0, which would be a silent 0).
 */
import { SprError, SprErrorCode } from "../core/errors";

type ExcelResult = number | string | boolean | (number | string | boolean)[][];

/** The shape of CustomFunctions.Error, for runtimes (the command line, a bare browser) that do not define it. */
export class ExcelErrorShim extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export function excelError(code: SprErrorCode, message: string): Error {
  const cf = (globalThis as unknown as { CustomFunctions?: { Error?: new (code: string, message?: string) => Error } }).CustomFunctions;
  // Excel shows the message with #VALUE! and #N/A only; keep it short enough for the cell's tooltip.
  const text = message.length > 250 ? message.slice(0, 249) + "…" : message;
  return cf && typeof cf.Error === "function" ? new cf.Error(code, text) : new ExcelErrorShim(code, text);
}

function checkScalar(v: unknown): number | string | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new SprError("#NUM!", "the result is not a finite number");
    return v === 0 ? 0 : v;
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  throw new SprError("#VALUE!", "the result could not be shown in a cell");
}

function checkResult(v: unknown): ExcelResult {
  if (!Array.isArray(v)) return checkScalar(v);
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) throw new SprError("#N/A", "the result is empty");
  const cols = v[0].length;
  return v.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== cols) throw new SprError("#VALUE!", "the result is not rectangular");
    return row.map(checkScalar);
  });
}

/** Runs a function body and returns a value Excel can show, or throws an Excel error with a message. */
export function cell<T>(body: () => T): T {
  try {
    return checkResult(body()) as T;
  } catch (e) {
    if (e instanceof SprError) throw excelError(e.code, e.message);
    const detail = e instanceof Error ? e.message : String(e);
    throw excelError("#VALUE!", `internal error: ${detail}`);
  }
}
