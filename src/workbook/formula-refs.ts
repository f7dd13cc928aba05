/**
 * Reads the references and SPR functions in a formula written in Excel's user syntax (the syntax the layout writes
 * and Office.js reads back): `SPR.RAG(Summary!$C$5,'Public order'!$C$10:$C$12,Assumptions!$B$5)`. Text inside
 * string literals is never taken for a reference. Two uses: the Office.js adapter points formulas at temporary sheet
 * names while it builds (Excel renames them back with the sheets), and Explain traces a cell to its inputs.
 */
import { sheetRef } from "./model";

/** A block of cells a formula refers to; `sheet` is null for a reference to the formula's own sheet. */
export interface CellRef {
  sheet: string | null;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Token {
  start: number;
  end: number;
  sheet: string | null;
  sheetEnd: number;
  ref: CellRef;
}

// An optional sheet ('quoted name' or bare name) and "!", then A1 or A1:B2, absolute or not.
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d{1,7})`;
const REF = new RegExp(String.raw`(?:${SHEET})?${CELL}(?::${CELL})?`, "y");

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const WORD = /[A-Za-z0-9_.$']/;

function scan(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // a string literal: skip to its closing quote ("" is an escaped quote)
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"')) i += formula[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    if (i > 0 && WORD.test(formula[i - 1]) && ch !== "'") {
      i++;
      continue;
    }
    REF.lastIndex = i;
    const m = REF.exec(formula);
    const after = m ? (formula[i + m[0].length] ?? "") : "";
    if (m && !/[A-Za-z0-9_(!]/.test(after)) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
      const r1 = Number(m[4]) - 1;
      const c1 = columnIndex(m[3]);
      const r2 = m[6] ? Number(m[6]) - 1 : r1;
      const c2 = m[5] ? columnIndex(m[5]) : c1;
      const sheetEnd = sheet === null ? i : formula.indexOf("!", i + (m[1] !== undefined ? m[1].length + 2 : 0)) + 1;
      out.push({
        start: i,
        end: i + m[0].length,
        sheet,
        sheetEnd,
        ref: { sheet, row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 },
      });
      i += m[0].length;
      continue;
    }
    i++;
  }
  return out;
}

/** Every cell reference in a formula (with or without its leading "="), in order. */
export function formulaRefs(formula: string): CellRef[] {
  return scan(formula).map((t) => t.ref);
}

/** The SPR custom functions a formula calls, upper case, each once, in order of first use. */
export function sprFunctions(formula: string): string[] {
  const seen = new Set<string>();
  const stripped = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of stripped.matchAll(/(?:^|[^A-Za-z0-9_.])SPR\.([A-Za-z0-9_]+)\s*\(/gi)) seen.add(m[1].toUpperCase());
  return [...seen];
}

/**
 * Points sheet-qualified references at other sheets: `rename` maps a sheet name (any case) to its replacement.
 * References to sheets not in the map, and text inside string literals, stay as they are.
 */
export function retargetSheets(formula: string, rename: ReadonlyMap<string, string>): string {
  const lower = new Map([...rename].map(([k, v]) => [k.toLowerCase(), v]));
  let out = "";
  let at = 0;
  for (const t of scan(formula)) {
    const to = t.sheet === null ? undefined : lower.get(t.sheet.toLowerCase());
    if (to === undefined) continue;
    out += formula.slice(at, t.start) + sheetRef(to) + "!";
    at = t.sheetEnd;
  }
  return out + formula.slice(at);
}

/**
 * Replaces every cell reference in a formula with `replace`'s text for it; `spill` is true for a reference followed
 * by the spill operator (A1#, the whole dynamic array anchored there), which is replaced with its "#". Text inside
 * string literals stays as it is.
 */
export function replaceRefs(formula: string, replace: (ref: CellRef, spill: boolean, text: string) => string): string {
  let out = "";
  let at = 0;
  for (const t of scan(formula)) {
    const spill = formula[t.end] === "#";
    out += formula.slice(at, t.start) + replace(t.ref, spill, formula.slice(t.start, t.end));
    at = t.end + (spill ? 1 : 0);
  }
  return out + formula.slice(at);
}
