// Reads a built .xlsx back with the library and recomputes every formula cell through `spr eval`'s code path:
// the stored formula (Excel's file syntax) becomes a literal SPR formula by replacing each cell reference with the
// value the workbook holds there, then the CLI's parser and registry evaluate it.
import ExcelJS from "exceljs";
import { fromFileFormula } from "../../src/workbook/file-formula";
import { evaluateCall, CellValue } from "../../src/cli/evaluate";
import { parseFormula } from "../../src/cli/formula";
import { Registry } from "../../src/cli/registry";
import { shownValue } from "../../src/workbook/xlsx/exceljs-cells";

export interface StoredCell {
  sheet: string;
  address: string;
  value: CellValue | null;
  formula?: string;
  /** On a dynamic-array anchor: the block it spills into, as stored (ref="D5:F9"). */
  spill?: string;
}

export type Book = Map<string, Map<string, StoredCell>>;

export async function readBook(file: string): Promise<{ book: Book; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const book: Book = new Map();
  workbook.eachSheet((ws) => {
    const cells = new Map<string, StoredCell>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const formula = c.formula || undefined;
        // ExcelJS's value drops a falsy cached result (0, FALSE, ""); the cell's result keeps it
        const value = formula ? shownValue((c.result ?? null) as ExcelJS.CellValue) : shownValue(c.value);
        const model = c.value as { shareType?: string; ref?: string } | null;
        const spill = formula && model?.shareType === "array" ? model.ref : undefined;
        cells.set(c.address, { sheet: ws.name, address: c.address, value, formula, ...(spill ? { spill } : {}) });
      }),
    );
    book.set(ws.name, cells);
  });
  return { book, workbook };
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function colLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function literal(v: CellValue | null): string {
  if (v === null || v === undefined) return '""';
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

const REF = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_]*))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?(#)?/g;

/** The cells an anchor's spill covers, as stored in its ref: [first col, first row, last col, last row]. */
function spillExtent(cells: Map<string, StoredCell>, col: string, row: string): [string, string, string, string] {
  const anchor = cells.get(`${col}${row}`);
  if (!anchor?.spill) throw new Error(`${col}${row}# refers to a cell that does not spill`);
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(anchor.spill)!;
  return [m[1], m[2], m[3] ?? m[1], m[4] ?? m[2]];
}

/** The cached values of a block ("D5:F9" or "D5") of a sheet, row by row. */
export function blockValues(book: Book, sheet: string, ref: string): (CellValue | null)[][] {
  const cells = book.get(sheet)!;
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref)!;
  const [c1, r1, c2, r2] = [colNumber(m[1]), Number(m[2]), colNumber(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  return Array.from({ length: r2 - r1 + 1 }, (_, i) =>
    Array.from({ length: c2 - c1 + 1 }, (_, j) => cells.get(`${colLetters(c1 + j)}${r1 + i}`)?.value ?? null),
  );
}

/** Replaces every Sheet!A1 or Sheet!A1:B2 reference with the literal values the workbook holds there. */
export function substituteReferences(formula: string, book: Book): string {
  return formula.replace(
    REF,
    (_m, quoted: string | undefined, bare: string | undefined, c1: string, r1: string, c2?: string, r2?: string, spilled?: string) => {
      const sheet = (quoted ?? bare)!.replace(/''/g, "'");
      const cells = book.get(sheet);
      if (!cells) throw new Error(`formula refers to a missing sheet ${sheet}`);
      // A1# is the whole block A1's dynamic array spills into
      if (spilled) [c1, r1, c2, r2] = spillExtent(cells, c1, r1);
      const get = (c: number, r: number) => cells.get(`${colLetters(c)}${r}`)?.value ?? null;
      if (!c2) return literal(get(colNumber(c1), Number(r1)));
      const rows: string[] = [];
      for (let r = Number(r1); r <= Number(r2); r++) {
        const row: string[] = [];
        for (let c = colNumber(c1); c <= colNumber(c2); c++) row.push(literal(get(c, r)));
        rows.push(row.join(","));
      }
      return `{${rows.join(";")}}`;
    },
  );
}

/**
 * Recomputes one stored formula with the engine; returns the value Excel would show in that cell, or for a
 * dynamic-array anchor the whole block it spills (a range result is returned as it comes).
 */
export async function recompute(storedFormula: string, book: Book, registry: Registry): Promise<CellValue | string | CellValue[][]> {
  const userSyntax = fromFileFormula(storedFormula);
  const money = /^ROUND\(SUM\((.*)\),2\)$/.exec(userSyntax);
  if (money) {
    // Excel's ROUND(SUM(…),2) by its definition: the sum to the nearest penny, halves away from zero (the amounts are
    // whole pence, so the float sum lies within far less than half a penny of its exact value)
    const sum = money[1].split(",").reduce((a, ref) => a + Number(substituteReferences(ref, book)), 0);
    return (Math.sign(sum) * Math.round(Math.abs(sum) * 100)) / 100;
  }
  const arithmetic = /^(SUM|PRODUCT)\((.*)\)$/.exec(userSyntax);
  if (arithmetic) {
    // Excel's own SUM and PRODUCT over single cells, by their definitions
    const values = arithmetic[2].split(",").map((ref) => Number(substituteReferences(ref, book)));
    return arithmetic[1] === "SUM" ? values.reduce((a, b) => a + b, 0) : values.reduce((a, b) => a * b, 1);
  }
  const index = /^INDEX\((.+),(\d+),(\d+)\)$/.exec(userSyntax);
  // CHOOSECOLS(array, c1, c2, …): Excel's columns c1, c2, … of the array, by its definition
  const choose = /^CHOOSECOLS\((.+?),((?:\d+,)*\d+)\)$/.exec(userSyntax);
  const inner = index ? index[1] : choose ? choose[1] : userSyntax;
  if (!/^SPR\./.test(inner)) {
    // a plain reference to another cell
    const v = substituteReferences(inner, book);
    return JSON.parse(v.replace(/^"(.*)"$/, (_m, s: string) => JSON.stringify(s.replace(/""/g, '"'))));
  }
  const outcome = await evaluateCall(parseFormula(substituteReferences(inner, book)), registry);
  if ("error" in outcome) return outcome.error;
  const v = outcome.value;
  if (index) {
    if (!Array.isArray(v)) throw new Error(`INDEX over a single value in ${storedFormula}`);
    return v[Number(index[2]) - 1][Number(index[3]) - 1];
  }
  if (choose) {
    if (!Array.isArray(v)) throw new Error(`CHOOSECOLS over a single value in ${storedFormula}`);
    const cols = choose[2].split(",").map((c) => Number(c) - 1);
    return v.map((r) => cols.map((c) => r[c]));
  }
  return v;
}
