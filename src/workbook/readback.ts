/**
 * The plan read back out of a workbook the product built, with the edits the user made to its input cells: the one
 * rule every door uses (`spr plan` reads the file through ExcelJS, the task pane the open workbook through Office.js).
 *
 * The Audit sheet holds the plan the workbook was built from (row PLAN_LABEL, as JSON), where each plan field's
 * input cell is (row PLAN_CELLS_LABEL: [path, sheet, row, column, labels, default shown]) and where each of its lists
 * is laid out as a table (row PLAN_LISTS_LABEL, layout/context.ts PlanList). Each such cell's current value replaces
 * the field's, each list is read from its table row by row, and the result is validated like any plan file; a value
 * the check refuses is reported by sheet and cell address. The map is written by the build, so reading back needs no
 * layout and follows the workbook's own version.
 * Cells are read through cells.ts's CellReader (Office.js in the pane, ExcelJS for a file, the models in tests).
 */
import { assumptionKey, findAssumption } from "../core/assumptions/registry";
import { Plan } from "../plan/plan";
import { PlanError } from "../plan/read";
import { validatePlan } from "../plan/validate";
import {
  AUDIT_FIRST_ROW,
  MAX_AUDIT_ROWS,
  PLAN_CELLS_LABEL,
  PLAN_LABEL,
  PLAN_LISTS_LABEL,
  MAX_CELL_TEXT,
  notEmbedded,
} from "./layout/audit";
import { ListField, PlanCell, PlanList, SHEETS } from "./layout/context";
import { BlockContents, CellReader, MissingSheetError } from "./cells";
import { CellValue, address, sheetRef } from "./model";
import { findForce } from "../core/forces/forces";
import { JsonSchema } from "../plan/json-schema";
import { PLAN_SCHEMA } from "../plan/plan-schema";
import { toExcelSerial } from "../plan/validate";
import { WORKSHEET_COLUMNS, WORKSHEET_ROWS } from "../functions/marshal";

/** The values of a sheet's block from its top-left cell, or null when the workbook has no such sheet. */
async function block(reader: CellReader, sheet: string, rows: number, cols: number): Promise<unknown[][] | null> {
  try {
    const [read] = await reader.readBlocks([{ sheet, row: 0, col: 0, rows, cols }]);
    return read.values;
  } catch (e) {
    if (e instanceof MissingSheetError) return null;
    throw e;
  }
}

/** Why a plan could not be read back: a cell (Inputs!C15) with the plan field it holds, or the workbook as a whole. */
export interface ReadBackProblem {
  at?: string;
  path?: string;
  message: string;
}

export type ReadBack = { ok: true; plan: Plan } | { ok: false; problems: ReadBackProblem[] };

/** A problem in words, as every door shows it: "Inputs!C15: expected a number, found text (armedPolicing.afosAvailable)". */
export function problemText(p: ReadBackProblem): string {
  if (p.at) return `${p.at}: ${p.message} (${p.path})`;
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

function fail(message: string): ReadBack {
  return { ok: false, problems: [{ message }] };
}

/** The keys of a dotted path with [i] indices ("uncertainty.percentiles[1]" → uncertainty, percentiles, 1). */
function pathKeys(path: string): string[] {
  return path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "");
}

/** Sets `value` at a path in a plain object (undefined: removes the field). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = pathKeys(path);
  if (value === undefined && getPath(target, path) === undefined) return;
  let at: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((k, i) => {
    at[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
    at = at[k] as Record<string, unknown>;
  });
  if (value === undefined) delete at[keys[keys.length - 1]];
  else at[keys[keys.length - 1]] = value;
}

/** The value at a path, or undefined. */
function getPath(source: unknown, path: string): unknown {
  return pathKeys(path).reduce<unknown>(
    (at, k) => (at !== null && typeof at === "object" ? (at as Record<string, unknown>)[k] : undefined),
    source,
  );
}

/** The plan schema of the field at a path (list items by any index), or undefined. */
function schemaAt(path: string): JsonSchema | undefined {
  return pathKeys(path).reduce<JsonSchema | undefined>((at, k) => {
    if (!at) return undefined;
    if (/^\d+$/.test(k)) return at.items;
    const own = at.properties && Object.prototype.hasOwnProperty.call(at.properties, k) ? at.properties[k] : undefined;
    return own ?? (typeof at.additionalProperties === "object" ? at.additionalProperties : undefined);
  }, PLAN_SCHEMA);
}

/**
 * Whether a path from the Audit sheet names a field of the plan schema, so a crafted map cannot write anywhere else
 * (an object's prototype through "__proto__", say).
 */
function planPath(path: string): boolean {
  return pathKeys(path).every((k) => !["__proto__", "constructor", "prototype"].includes(k)) && schemaAt(path) !== undefined;
}

/** A cell's text for a field that is one of a list of words, in the plan's own case ("High" → "high"). */
function choice(path: string, value: unknown): unknown {
  const words = schemaAt(path)?.enum;
  if (typeof value !== "string" || !words) return value;
  return words.find((w) => typeof w === "string" && w.toLowerCase() === value.trim().toLowerCase()) ?? value;
}

function isPlanCell(c: unknown): c is [string, string, number, number, string[], CellValue?] {
  return (
    Array.isArray(c) &&
    (c.length === 5 || c.length === 6) &&
    typeof c[0] === "string" &&
    planPath(c[0]) &&
    typeof c[1] === "string" &&
    [c[2], c[3]].every((n) => Number.isInteger(n) && n >= 0) &&
    Array.isArray(c[4]) &&
    c[4].length === c[3] &&
    c[4].every((x) => typeof x === "string")
  );
}

/** Rows a reader looks through beyond the last input row recorded, for rows a user inserted above the inputs. */
export const ROWS_INSERTED_READ = 1000;

/**
 * The row that holds a plan cell now: the row recorded when the cells left of it still hold its labels, else the one
 * row of the sheet that does (rows were inserted or deleted above it); undefined when none or several do.
 */
function rowNow(c: PlanCell, rows: unknown[][]): number | undefined {
  const holds = (r: number) => c.labels.every((label, j) => rows[r]?.[j] === label);
  if (holds(c.row)) return c.row;
  const found = rows.flatMap((_, r) => (holds(r) ? [r] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The JSON the Audit sheet holds in the row labelled `label`, or undefined when there is none or it does not parse. */
function auditJson(rows: unknown[][], label: string): unknown {
  const row = rows.find((r) => r[0] === label);
  if (!row || typeof row[1] !== "string") return undefined;
  try {
    return JSON.parse(row[1]);
  } catch {
    return undefined;
  }
}

/** A map's list as a reader can trust it: a table inside a worksheet (Excel's 1,048,576 rows, 16,384 columns). */
function isPlanList(l: unknown): l is PlanList {
  const o = l as PlanList;
  const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  return (
    typeof l === "object" &&
    l !== null &&
    typeof o.path === "string" &&
    planPath(o.path) &&
    typeof o.sheet === "string" &&
    [o.row, o.col, o.rows].every(whole) &&
    o.row + o.rows < WORKSHEET_ROWS &&
    o.col + (Array.isArray(o.headers) ? o.headers.length : 0) <= WORKSHEET_COLUMNS &&
    Array.isArray(o.headers) &&
    (o.derived === undefined || (Array.isArray(o.derived) && o.derived.every(Array.isArray))) &&
    Array.isArray(o.fields) &&
    o.fields.length > 0 &&
    o.fields.every(
      (f) =>
        typeof f?.field === "string" &&
        (f.field === "" || planPath(`${o.path}[0].${f.field}`)) &&
        whole(f.col) &&
        (o.across ? f.col > o.col && f.col + o.rows <= WORKSHEET_COLUMNS : f.col >= o.col && f.col < o.col + o.headers.length),
    )
  );
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

/** Excel's serial for a time, to the second, as the plan's ISO text (YYYY-MM-DDTHH:MM, with :SS when it has seconds). */
function isoOfSerial(serial: number): string {
  const d = new Date(Math.round((serial - 25_569) * 86_400) * 1000);
  const iso = d.toISOString();
  return d.getUTCSeconds() ? iso.slice(0, 19) : iso.slice(0, 16);
}

/** What a cell showed for a plan value when it was built (the same rule the layouts write by). */
function shownFor(f: ListField, value: unknown): unknown {
  if (value === undefined) return f.absent ?? null;
  if (f.kind === "datetime" && typeof value === "string") return toExcelSerial(value);
  if (f.kind === "force" && typeof value === "string") {
    try {
      return findForce(value).force;
    } catch {
      return value;
    }
  }
  return value;
}

/** Whether a cell shows the same as a plan value did when built (date cells to the second). */
function showsSame(f: ListField, value: unknown, cell: unknown): boolean {
  const shown = shownFor(f, value);
  if (f.kind === "datetime" && typeof shown === "number" && typeof cell === "number") return Math.abs(shown - cell) < 0.5 / 86_400;
  return shown === cell || (blank(shown) && blank(cell));
}

interface Sheets {
  values: Map<string, unknown[][]>;
  formulas: Map<string, (string | null)[][]>;
}

/** A list read back from its table: its items (undefined: left out of the plan), where each field's cell is, or why not. */
type ListRead = { ok: true; value: unknown; at: [string, string][] } | { ok: false; problems: ReadBackProblem[] };

/**
 * One list read from its table: the header row found by its texts and the label over it (where rows moved), then one
 * item a row until a blank row or the first text that was below the table when built; a blank row with more rows of
 * the list below it is refused rather than read short. An item keeps the fields its table does not show from the
 * built plan's item of the same name (first column), and a cell showing what the built item's field showed keeps the
 * plan's own spelling of it (a date's text, a force's name, a field left out).
 */
function readList(l: PlanList, sheets: Sheets, original: unknown): ListRead {
  const rows = sheets.values.get(l.sheet)!;
  const formulas = sheets.formulas.get(l.sheet)!;
  const ref = (r: number, c: number) => `${sheetRef(l.sheet)}!${address(r, c)}`;
  const holds = (r: number) =>
    l.headers.every((h, j) => rows[r]?.[l.col + j] === h) && (l.above === null || rows[r - 1]?.[l.col] === l.above);
  const found = holds(l.row) ? [l.row] : rows.flatMap((_, r) => (holds(r) ? [r] : []));
  if (found.length !== 1) {
    const headers = l.headers.map((h) => `"${h}"`).join(", ");
    return {
      ok: false,
      problems: [
        {
          path: l.path,
          message: `no single row of the ${l.sheet} sheet holds the list's headers ${headers} any more, so it cannot be read`,
        },
      ],
    };
  }
  const header = found[0];
  const ends = (r: number) => l.end !== null && rows[r]?.[l.col] === l.end;
  const empty = (r: number) => l.fields.every((f) => blank(rows[r]?.[f.col]) && !formulas[r]?.[f.col]);
  let r = header + 1;
  while (r < rows.length && !ends(r) && !empty(r)) r++;
  if (r === rows.length)
    return {
      ok: false,
      problems: [{ at: ref(r - 1, l.col), path: l.path, message: "the list goes on past the rows read; end it with a blank row" }],
    };
  for (let below = r + 1; below < rows.length && !ends(r) && !ends(below); below++)
    if (!empty(below))
      return {
        ok: false,
        problems: [
          {
            at: ref(r, l.col),
            path: l.path,
            message: `a blank row inside the list, with more of it below (row ${below + 1}): delete the blank row, or clear the rows below it`,
          },
        ],
      };
  const built = Array.isArray(original) ? original : [];
  const at: [string, string][] = [[l.path, ref(header, l.col)]];
  const items = Array.from({ length: r - header - 1 }, (_, i) => header + 1 + i);
  if (l.fields[0].field === "") {
    const f = l.fields[0];
    if (l.optional && original === undefined && items.every((row) => formulas[row]?.[f.col])) return { ok: true, value: undefined, at };
    return {
      ok: true,
      value: items.map((row, i) => {
        at.push([`${l.path}[${i}]`, ref(row, f.col)]);
        return blank(rows[row][f.col]) ? null : rows[row][f.col];
      }),
      at,
    };
  }
  const problems: ReadBackProblem[] = [];
  const key = l.fields[0];
  const derived = new Map((l.derived ?? []).map((d) => [d[0], d]));
  const value: Record<string, unknown>[] = [];
  for (const row of items) {
    const same = built.filter((b) => showsSame(key, (b as Record<string, unknown>)?.[key.field], rows[row][key.col]));
    // a row the build worked out (not the plan's), still as built: not an item
    const worked = derived.get(rows[row][key.col] as CellValue);
    if (same.length === 0 && worked && l.fields.every((f, j) => rows[row][f.col] === worked[j])) continue;
    const i = value.length;
    const base = (same.length === 1 ? same[0] : {}) as Record<string, unknown>;
    const item: Record<string, unknown> = { ...base };
    at.push([`${l.path}[${i}]`, ref(row, l.col)]);
    for (const f of l.fields) {
      const path = `${l.path}[${i}].${f.field}`;
      at.push([path, ref(row, f.col)]);
      const cell = rows[row][f.col];
      if (showsSame(f, base[f.field], cell) && (base[f.field] !== undefined || !formulas[row]?.[f.col])) continue;
      delete item[f.field];
      // a formula (a link to an assumption) or a blank cell: the item leaves the field out
      if (formulas[row]?.[f.col] || blank(cell)) continue;
      // a date cell holds Excel's serial; text is taken when it is in the plan's own form (the schema's pattern)
      const form = f.kind === "datetime" ? schemaAt(path) : undefined;
      if (form && typeof cell === "number") item[f.field] = isoOfSerial(cell);
      else if (form && !(typeof cell === "string" && new RegExp(form.pattern!).test(cell)))
        problems.push({
          at: ref(row, f.col),
          path,
          message: `expected a date and time (a date in the cell, or text such as ${form.examples![0]}), found ${JSON.stringify(cell)}`,
        });
      else item[f.field] = choice(path, cell);
    }
    value.push(item);
  }
  if (problems.length) return { ok: false, problems };
  // a list of derived rows left as built, which the plan left out, stays out
  return { ok: true, value: value.length === 0 && original === undefined && l.derived ? undefined : value, at };
}

/**
 * A list of numbers along one row (a year a cell), found by its label and the label over it. Unedited (each cell the
 * plan's figure, or the link or default the build wrote where the plan gave none), it is the plan's list as it was,
 * years past the ones shown included; edited, it runs to its last cell that is not a formula (a link to an assumption
 * is not the plan's figure, though a year before an edited one takes the figure the link shows), then the plan's
 * years past the ones shown.
 */
function readAcross(l: PlanList, sheets: Sheets, original: unknown): ListRead {
  const rows = sheets.values.get(l.sheet)!;
  const formulas = sheets.formulas.get(l.sheet)!;
  const holds = (r: number) => rows[r]?.[l.col] === l.headers[0] && (l.above === null || rows[r - 1]?.[l.col] === l.above);
  const found = holds(l.row) ? [l.row] : rows.flatMap((_, r) => (holds(r) ? [r] : []));
  if (found.length !== 1)
    return {
      ok: false,
      problems: [
        {
          path: l.path,
          message: `no single row of the ${l.sheet} sheet holds "${l.above}" over "${l.headers[0]}" any more, so it cannot be read`,
        },
      ],
    };
  const r = found[0];
  const f = l.fields[0];
  const built = Array.isArray(original) ? original : [];
  const cols = Array.from({ length: l.rows }, (_, k) => f.col + k);
  const at: [string, string][] = cols.map((c, k) => [`${l.path}[${k}]`, `${sheetRef(l.sheet)}!${address(r, c)}`]);
  const linked = (c: number) => Boolean(formulas[r]?.[c]);
  const asBuilt = cols.every((c, k) =>
    built[k] !== undefined ? !linked(c) && rows[r][c] === built[k] : linked(c) || rows[r][c] === (f.absent ?? null),
  );
  if (asBuilt) return { ok: true, value: original, at };
  const last = Math.max(...cols.map((c, k) => (linked(c) ? -1 : k)));
  const value = cols.slice(0, last + 1).map((c) => (blank(rows[r][c]) ? null : rows[r][c]));
  return { ok: true, value: [...value, ...built.slice(l.rows)], at };
}

/** The values and formulas of each sheet's block from its top-left cell, in one read where the workbook allows. */
async function readSheets(reader: CellReader, sizes: Map<string, { rows: number; cols: number }>): Promise<Sheets | string> {
  const wanted = [...sizes].map(([sheet, size]) => ({ sheet, row: 0, col: 0, ...size }));
  let read: BlockContents[];
  try {
    read = await reader.readBlocks(wanted);
  } catch {
    // one sheet at a time, to name the sheet that is missing (Office.js names none when several are asked for)
    read = [];
    for (const b of wanted) {
      try {
        read.push(...(await reader.readBlocks([b])));
      } catch (each) {
        if (each instanceof MissingSheetError) return each.sheet;
        throw each;
      }
    }
  }
  return {
    values: new Map(wanted.map((b, i) => [b.sheet, read[i].values])),
    formulas: new Map(wanted.map((b, i) => [b.sheet, read[i].formulas])),
  };
}

/** The plan a built workbook holds, with the current values of its input cells and lists (`audit`: the Audit sheet's name). */
export async function readPlanBack(reader: CellReader, audit: string = SHEETS.audit): Promise<ReadBack> {
  const rows = await block(reader, audit, AUDIT_FIRST_ROW + MAX_AUDIT_ROWS, 2);
  const original = rows ? auditJson(rows, PLAN_LABEL) : undefined;
  const cells = rows ? auditJson(rows, PLAN_CELLS_LABEL) : undefined;
  // a workbook built before lists were read back has no such row: its lists come back as built
  const listed = rows ? (rows.some((r) => r[0] === PLAN_LISTS_LABEL) ? auditJson(rows, PLAN_LISTS_LABEL) : []) : undefined;
  const tooLong = [PLAN_LABEL, PLAN_CELLS_LABEL, PLAN_LISTS_LABEL].find((label) => notEmbedded(rows?.find((r) => r[0] === label)?.[1]));
  if (tooLong)
    return fail(
      `the workbook could not keep its plan to read back: its ${audit} sheet's "${tooLong}" was more than an Excel cell holds (${MAX_CELL_TEXT.toLocaleString("en-GB")} characters); read the plan file it was built from instead`,
    );
  if (
    typeof original !== "object" ||
    original === null ||
    !Array.isArray(cells) ||
    !cells.every(isPlanCell) ||
    !Array.isArray(listed) ||
    !listed.every(isPlanList)
  ) {
    return fail(
      `the workbook holds no plan to read back (its ${audit} sheet has no "${PLAN_LABEL}" and "${PLAN_CELLS_LABEL}" rows of JSON); was it built by SPR Planner?`,
    );
  }
  const map: PlanCell[] = cells.map(([path, sheet, row, col, labels, ...absent]) => ({
    path,
    sheet,
    row,
    col,
    labels,
    ...(absent.length ? { absent: absent[0] } : {}),
  }));
  // one block a sheet, holding its input cells and lists with the rows a user may have inserted above or added to them
  const sizes = new Map<string, { rows: number; cols: number }>();
  const need = (sheet: string, rows: number, cols: number) => {
    const was = sizes.get(sheet) ?? { rows: 0, cols: 0 };
    sizes.set(sheet, { rows: Math.max(was.rows, rows), cols: Math.max(was.cols, cols) });
  };
  for (const c of map) need(c.sheet, c.row + 1 + ROWS_INSERTED_READ, c.col + 1);
  // a list's rows: up to as many items as the plan schema allows, and one more to see it end (within the sheet)
  for (const l of listed)
    need(
      l.sheet,
      Math.min(WORKSHEET_ROWS, l.row + 2 + (schemaAt(l.path)?.maxItems ?? l.rows) + ROWS_INSERTED_READ),
      l.across ? l.fields[0].col + l.rows : l.col + l.headers.length,
    );
  const sheets = await readSheets(reader, sizes);
  if (typeof sheets === "string") {
    const path = [...map, ...listed].find((c) => c.sheet === sheets)!.path;
    return fail(`the workbook has no sheet "${sheets}" to read ${path} from`);
  }
  const plan = JSON.parse(JSON.stringify(original)) as Record<string, unknown>;
  const planned = (original as { assumptions?: Record<string, unknown> }).assumptions ?? {};
  const where = new Map<string, string>();
  const lost: ReadBackProblem[] = [];
  const defaults: [string, unknown][] = [];
  for (const c of map) {
    const rows = sheets.values.get(c.sheet)!;
    const row = rowNow(c, rows);
    if (row === undefined) {
      const labels = c.labels.map((l) => `"${l}"`).join(", ");
      lost.push({ path: c.path, message: `no single row of the ${c.sheet} sheet holds ${labels} any more, so its value cannot be found` });
      continue;
    }
    const raw = rows[row]?.[c.col];
    const value = raw === "" || raw === undefined ? null : choice(c.path, raw);
    let path = c.path;
    where.set(path, `${sheetRef(c.sheet)}!${address(row, c.col)}`);
    if (path.startsWith("assumptions.")) {
      // an assumption joins the plan when the plan set it (under its own spelling of the key), or when its cell no
      // longer holds the registry's default
      const key = path.slice("assumptions.".length);
      const own = Object.keys(planned).find((k) => assumptionKey(k) === key);
      if (own === undefined && value === findAssumption(key).value) continue;
      path = `assumptions.${own ?? key}`;
      where.set(path, where.get(c.path)!);
    } else if ("absent" in c && getPath(original, path) === undefined && value === choice(c.path, c.absent)) {
      // a default the plan left out stays out, unless a list it is part of joins the plan
      defaults.push([path, value]);
      continue;
    }
    setPath(plan, path, value);
  }
  for (const [path, value] of defaults) if (Array.isArray(getPath(plan, path.replace(/\[\d+\]$/, "")))) setPath(plan, path, value);
  // a list shown in more than one place (a year's demand under each requirement it moves) takes the one edited
  const reads = new Map<string, { value: unknown; at: [string, string][] }[]>();
  for (const l of listed) {
    const read = (l.across ? readAcross : readList)(l, sheets, getPath(original, l.path));
    if (!read.ok) lost.push(...read.problems);
    else reads.set(l.path, [...(reads.get(l.path) ?? []), read]);
  }
  for (const [path, each] of reads) {
    const was = JSON.stringify(getPath(original, path));
    const edited = each.filter((r) => JSON.stringify(r.value) !== was);
    if (new Set(edited.map((r) => JSON.stringify(r.value))).size > 1) {
      const places = edited.map((r) => r.at[0][1].replace(/!.*?(\d+)$/, " row $1")).join(" and ");
      lost.push({ path, message: `its rows (${places}) were edited to different figures; make them agree` });
      continue;
    }
    const read = edited[0] ?? each[0];
    setPath(plan, path, read.value);
    read.at.forEach(([p, at]) => where.set(p, at));
  }
  if (lost.length) return { ok: false, problems: lost };
  try {
    return { ok: true, plan: validatePlan(plan) };
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return { ok: false, problems: e.problems.map((p) => ({ at: where.get(p.path), path: p.path, message: p.message })) };
  }
}
