/**
 * Reads an event calendar, three lists of equal length (starts, ends, demand), as a sheet gives it: wholly blank rows
 * are skipped so a table can have room to grow; any other row needs all three. `demand` may be one value for all.
 */
import { Grid } from "../cell";
import { asGrid, describe, describeRule, isBlank, isList, NON_NEGATIVE, present, sameLength } from "../args";
import { valueError } from "../errors";
import { checkOrder } from "./peak";

export interface Calendar {
  starts: number[];
  ends: number[];
  demands: number[];
  /** Each event's item number (1-based position in the lists as given, blank rows counted). */
  items: number[];
}

function list(name: string, v: unknown, expected: string): unknown[] {
  const g: Grid = asGrid(name, present(name, v, expected));
  if (!isList({ rows: g.length, cols: g[0].length }))
    throw valueError(name, `expected a single row or column, got a ${g.length}×${g[0].length} range`);
  return g.flat();
}

const AT_LEAST_ZERO = NON_NEGATIVE;

function numberAt(name: string, v: unknown, item: number, lengthy: boolean): number {
  const where = lengthy ? ` (item ${item})` : "";
  const wanted = describeRule(AT_LEAST_ZERO);
  if (typeof v !== "number") throw valueError(name, `expected ${wanted}, got ${describe(v)}${where}`);
  if (!Number.isFinite(v)) throw valueError(name, `expected ${wanted}, got ${describe(v)}${where}`);
  if (v < 0) throw valueError(name, `expected ${wanted}, got ${v}${where}`);
  return v === 0 ? 0 : v;
}

export function readCalendar(starts: unknown, ends: unknown, demand: unknown): Calendar {
  const s = list("starts", starts, "a row or column of start date-times");
  const e = list("ends", ends, "a row or column of end date-times");
  const d = list("demand", demand, "each event's demand, or one value for every event");
  sameLength("starts", s.length, "ends", e.length);
  sameLength("starts", s.length, "demand", d.length, true);
  const oneDemand = d.length === 1;
  const out: Calendar = { starts: [], ends: [], demands: [], items: [] };
  const items = out.items;
  const lengthy = s.length > 1;
  for (let i = 0; i < s.length; i++) {
    const di = oneDemand ? d[0] : d[i];
    if (isBlank(s[i]) && isBlank(e[i]) && (oneDemand || isBlank(di))) continue;
    out.starts.push(numberAt("starts", s[i], i + 1, lengthy));
    out.ends.push(numberAt("ends", e[i], i + 1, lengthy));
    out.demands.push(numberAt("demand", di, i + 1, lengthy && !oneDemand));
    items.push(i + 1);
  }
  checkOrder(out.starts, out.ends, items);
  return out;
}
