/**
 * The marshalling layer between Excel and the engine. Every custom function runs its body through `cell()`, so:
 * - an SprError from the engine becomes the matching Excel error (#VALUE! or #N/A, the two that show a message) with
 *   its message;
 * - any other exception (a bug, or the engine running out of stack) becomes #VALUE! with a plain message, never an
 *   unhandled exception and never the engine's internal wording;
 * - a result is checked on the way out: no NaN, Infinity, undefined or ragged arrays reach a cell, a blank in an
 *   array is returned as "" (Excel shows a null inside an array as 0, which would be a silent 0), and a range larger
 *   than a worksheet is refused rather than returned (Excel could not show it).
 */
import { LARGEST_NUMBER } from "../core/cell";
import { SprError, SprErrorCode, valueError } from "../core/errors";

/** Rows in a worksheet: Microsoft, "Excel specifications and limits" (1,048,576 rows by 16,384 columns). */
export const WORKSHEET_ROWS = 1_048_576;
/** Columns in a worksheet: Microsoft, "Excel specifications and limits" (1,048,576 rows by 16,384 columns). */
export const WORKSHEET_COLUMNS = 16_384;

/** The message a cell shows when a function fails for a reason the engine did not foresee (never its internal text). */
export const UNFORESEEN = "the add-in could not compute this result from these arguments (please report the formula)";

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

function checkScalar(v: unknown, grows?: string): number | string | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!(Math.abs(v) <= LARGEST_NUMBER)) {
      if (grows)
        throw valueError(grows, "too large together: the answer would pass 9.99999999999999E+307, the largest number a cell holds");
      throw new SprError("#VALUE!", "the result is larger than a cell holds (9.99999999999999E+307): use smaller arguments");
    }
    return v === 0 ? 0 : v;
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  throw new SprError("#VALUE!", "the result could not be shown in a cell");
}

function checkResult(v: unknown, grows?: string): ExcelResult {
  if (!Array.isArray(v)) return checkScalar(v, grows);
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) throw new SprError("#N/A", "the result is empty");
  const cols = v[0].length;
  const fits = (n: number, limit: number, what: string) => {
    if (n > limit)
      throw new SprError(
        "#VALUE!",
        `the result has ${n.toLocaleString("en-GB")} ${what}; a worksheet holds at most ${limit.toLocaleString("en-GB")}: use fewer items`,
      );
  };
  fits(v.length, WORKSHEET_ROWS, "rows");
  fits(cols, WORKSHEET_COLUMNS, "columns");
  return v.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== cols) throw new SprError("#VALUE!", "the result is not rectangular");
    return row.map((x: unknown) => checkScalar(x, grows));
  });
}

/**
 * Runs a function body and returns a value Excel can show, or throws an Excel error with a message. `grows` names the
 * arguments the answer grows with (a product or a quotient of them), so an answer too large for a cell is refused
 * naming them rather than with a message that names none.
 */
export function cell<T>(body: () => T, grows?: string): T {
  try {
    return checkResult(body(), grows) as T;
  } catch (e) {
    if (e instanceof SprError) throw excelError(e.code, e.message);
    throw excelError("#VALUE!", UNFORESEEN);
  }
}
