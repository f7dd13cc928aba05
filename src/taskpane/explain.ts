/**
 * Explain a cell: follow its formula back through the workbook to the Inputs and Assumptions cells it rests on, and
 * name the SPR functions on the way with what each rests on (its SPR paragraph or planning assumption). Reads the
 * workbook through a CellReader, one request per step back, so it works the same in Excel and in memory.
 */
import { findStandard } from "../core/standards/registry";
import { Block, CellAddress, CellReader } from "../workbook/cells";
import { CellRef, formulaRefs, sprFunctions } from "../workbook/formula-refs";
import { ASSUMPTION_COLUMNS, INPUT_COLUMNS } from "../workbook/layout/context";
import { CellValue, address, sheetRef } from "../workbook/model";

export interface InputUsed {
  at: string;
  section: string;
  label: string;
  value: CellValue;
  unit: string;
}

export interface AssumptionUsed {
  at: string;
  key: string;
  value: CellValue;
  unit: string;
  setBy: string;
  source: string;
}

export interface Explanation {
  at: string;
  formula: string | null;
  value: CellValue;
  /** The text cells to the left of the cell in its row: what the row is about. */
  rowLabel: string;
  inputs: InputUsed[];
  assumptions: AssumptionUsed[];
  functions: { id: string; restsOn: string }[];
  /** SPR paragraphs named by the functions ("SPR paragraph 120a"), by SPR.STANDARD keys and by the cell's row. */
  paragraphs: string[];
  /** Cells with formulas passed through on the way back to the inputs. */
  via: string[];
  /** Constants found on other sheets (not Inputs or Assumptions). */
  others: { at: string; value: CellValue }[];
  /** True when the trace stopped early (too many steps or cells). */
  truncated: boolean;
}

const MAX_STEPS = 8;
const MAX_CELLS = 200;
const LABEL_COLS = Math.max(INPUT_COLUMNS.length, ASSUMPTION_COLUMNS.length);
const ROW_COLS = 12;

export function cellText(a: CellAddress): string {
  return `${sheetRef(a.sheet)}!${address(a.row, a.col)}`;
}

/** Reads "Summary!F5", "'Public order'!C10" or "F5" (on `defaultSheet`); null when it is not a cell address. */
export function parseCellAddress(text: string, defaultSheet?: string): CellAddress | null {
  const refs = formulaRefs(text.trim());
  const r = refs[0];
  if (refs.length !== 1 || r.rows !== 1 || r.cols !== 1) return null;
  const sheet = r.sheet ?? defaultSheet;
  return sheet ? { sheet, row: r.row, col: r.col } : null;
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

// "SPR paragraph 120a", "SPR paragraphs 149–151", "SPR 74, 80.1, 85a", "SPR paragraph 122a (PSU), 122b (BDU) or 122c"
const NUM = String.raw`\d+(?:\.\d+)*[a-z]?`;
const ITEM = String.raw`${NUM}(?:\s*[–-]\s*${NUM})?(?:\s*\([^)]*\))?`;
const SPR_PARAGRAPHS = new RegExp(String.raw`\bSPR\s+(?:paragraphs?\s+)?(${ITEM}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)${ITEM})*)`, "g");

/** The SPR paragraphs a text cites as "SPR paragraph N" or "SPR N", each item as written ("149–151", "40.4b"). */
export function paragraphsIn(text: string): string[] {
  return [...text.matchAll(SPR_PARAGRAPHS)].flatMap((m) =>
    [...m[1].replace(/\([^)]*\)/g, "").matchAll(new RegExp(String.raw`${NUM}(?:\s*[–-]\s*${NUM})?`, "g"))].map((x) =>
      x[0].replace(/\s+/g, ""),
    ),
  );
}

function standardParagraphs(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(/SPR\.STANDARD\(\s*"([^"]+)"/gi)) {
    try {
      out.push(findStandard(m[1]).paragraph);
    } catch {
      /* an unknown key shows as an error in its cell; nothing to cite */
    }
  }
  return out;
}

export async function explainCell(
  reader: CellReader,
  target: CellAddress,
  restsOn: (id: string) => string | undefined,
): Promise<Explanation> {
  // the cell's row, for what it is about (the text to its left) and any SPR paragraph the row cites (a Summary line's
  // "Rests on" column, to its right)
  const rowBlock: Block = { sheet: target.sheet, row: target.row, col: 0, rows: 1, cols: Math.max(target.col + 1, ROW_COLS) };
  const [row] = await reader.readBlocks([rowBlock]);
  const formula = row.formulas[0][target.col];
  const rowLabel = row.values[0]
    .slice(0, target.col)
    .filter((v) => typeof v === "string" && v !== "")
    .join(" · ");
  const ex: Explanation = {
    at: cellText(target),
    formula,
    value: row.values[0][target.col],
    rowLabel,
    inputs: [],
    assumptions: [],
    functions: [],
    paragraphs: [],
    via: [],
    others: [],
    truncated: false,
  };
  const formulas = formula ? [formula] : [];
  const seen = new Set([ex.at]);
  let frontier: { sheet: string; formula: string }[] = formula ? [{ sheet: target.sheet, formula }] : [];
  for (let step = 0; frontier.length; step++) {
    if (step >= MAX_STEPS) {
      ex.truncated = true;
      break;
    }
    const refs: CellRef[] = frontier.flatMap((f) => formulaRefs(f.formula).map((r) => ({ ...r, sheet: r.sheet ?? f.sheet })));
    const blocks = refs.flatMap((r) => {
      const rows = Math.min(r.rows, MAX_CELLS);
      return [
        { sheet: r.sheet!, row: 0, col: 0, rows: 1, cols: 1 },
        { sheet: r.sheet!, row: r.row, col: r.col, rows, cols: Math.min(r.cols, MAX_CELLS) },
        { sheet: r.sheet!, row: r.row, col: 0, rows, cols: LABEL_COLS },
      ];
    });
    const read = await reader.readBlocks(blocks);
    frontier = [];
    refs.forEach((r, k) => {
      const [title, cells, labels] = read.slice(3 * k, 3 * k + 3);
      const kind = text(title.values[0][0]);
      cells.values.forEach((vals, i) =>
        vals.forEach((value, j) => {
          const at = cellText({ sheet: r.sheet!, row: r.row + i, col: r.col + j });
          if (seen.has(at)) return;
          seen.add(at);
          if (seen.size > MAX_CELLS) {
            ex.truncated = true;
            return;
          }
          const l = labels.values[i];
          const f = cells.formulas[i][j];
          if (kind === "Inputs" && !f) {
            const col = (name: string) => l[INPUT_COLUMNS.indexOf(name)];
            ex.inputs.push({ at, section: text(col("Section")), label: text(col("Input")), value, unit: text(col("Unit")) });
          } else if (kind === "Assumptions" && !f) {
            const col = (name: string) => l[ASSUMPTION_COLUMNS.indexOf(name)];
            ex.assumptions.push({
              at,
              key: text(col("Key")),
              value,
              unit: text(col("Unit")),
              setBy: text(col("Set by")),
              source: text(col("Source")),
            });
          } else if (f) {
            ex.via.push(at);
            formulas.push(f);
            frontier.push({ sheet: r.sheet!, formula: f });
          } else {
            ex.others.push({ at, value });
          }
        }),
      );
    });
  }
  const ids = [...new Set(formulas.flatMap(sprFunctions))];
  ex.functions = ids.map((id) => ({ id, restsOn: restsOn(id) ?? "" }));
  const rowText = row.values[0].filter((v): v is string => typeof v === "string");
  const paragraphs = [
    ...ex.functions.flatMap((f) => paragraphsIn(f.restsOn)),
    ...formulas.flatMap(standardParagraphs),
    ...rowText.flatMap(paragraphsIn),
  ];
  ex.paragraphs = [...new Set(paragraphs)].sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
  return ex;
}
