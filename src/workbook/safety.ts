/**
 * The rules that keep a user's workbook safe: the add-in writes only sheets it created, and a name already taken by a
 * user's sheet gets a new name rather than an overwrite.
 */
import { SheetModel } from "./model";
import { ExistingSheet } from "./port";

export class UnsafeWriteError extends Error {}

/** Throws if any model would overwrite a sheet the add-in did not create. */
export function checkWritable(existing: ExistingSheet[], models: SheetModel[]): void {
  const userSheets = new Set(existing.filter((s) => !s.ownedByAddin).map((s) => s.name.toLowerCase()));
  const clash = models.filter((m) => userSheets.has(m.name.toLowerCase())).map((m) => m.name);
  if (clash.length) throw new UnsafeWriteError(`refusing to overwrite sheets the add-in did not create: ${clash.join(", ")}`);
}

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/**
 * Chooses free names for the sheets the add-in wants to write: a name held by a user's sheet becomes "Name (SPR)",
 * then "Name (SPR 2)"… Names the add-in already owns are kept (they will be replaced). Returns old → new names.
 */
export function resolveSheetNames(existing: ExistingSheet[], wanted: string[]): Map<string, string> {
  const taken = new Set(existing.filter((s) => !s.ownedByAddin).map((s) => s.name.toLowerCase()));
  const chosen = new Set<string>();
  const out = new Map<string, string>();
  for (const name of wanted) {
    let candidate = name;
    for (let k = 1; taken.has(candidate.toLowerCase()) || chosen.has(candidate.toLowerCase()); k++) {
      const suffix = k === 1 ? " (SPR)" : ` (SPR ${k})`;
      candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    chosen.add(candidate.toLowerCase());
    out.set(name, candidate);
  }
  return out;
}

/** The add-in's own sheets that a rebuild will replace: what the confirmation must name. */
export function sheetsToReplace(existing: ExistingSheet[], names: string[]): string[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return existing.filter((s) => s.ownedByAddin && wanted.has(s.name.toLowerCase())).map((s) => s.name);
}
