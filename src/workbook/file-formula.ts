/**
 * How Excel stores a formula in a file, where it differs from what a user types:
 * - a JavaScript custom function as `_xldudf_` and the namespace's dot as an underscore (=SPR.PSUGAP(A1) is stored as
 *   _xldudf_SPR_PSUGAP(A1)). A formula stored without the prefix does not calculate on open until it is re-entered
 *   (reported on OfficeDev's trackers), so the file adapter writes what Excel writes;
 * - the spill operator (A1#) as _xlfn.ANCHORARRAY(A1), and functions newer than the 2007 file format with the
 *   _xlfn. prefix (CHOOSECOLS) — Microsoft, "Issue: An _xlfn. prefix is displayed in front of a formula";
 *   [MS-XLSX] 2.2.2 Formulas.
 */
// a lookbehind, not a consumed character, so a call directly inside another's brackets (SPR.A(SPR.B(…))) matches too
const IN_USER_SYNTAX = /(?<![A-Za-z0-9_.])SPR\.([A-Za-z0-9]+)\(/g;
const IN_FILE_SYNTAX = /_xldudf_SPR_([A-Za-z0-9]+)\(/g;
/** The newer Excel functions the workbook uses: stored with the _xlfn. prefix. */
const FUTURE_FUNCTIONS = ["CHOOSECOLS"];
const FUTURE_IN_USER_SYNTAX = new RegExp(String.raw`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\(`, "g");
const FUTURE_IN_FILE_SYNTAX = new RegExp(String.raw`_xlfn\.(${FUTURE_FUNCTIONS.join("|")})\(`, "g");
// an optional sheet ('quoted' or bare) and a single cell, followed by the spill operator
const SPILL_REF = /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+)#/g;
const ANCHORARRAY = /_xlfn\.ANCHORARRAY\(((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+)\)/g;

export function toFileFormula(formula: string): string {
  return formula
    .replace(IN_USER_SYNTAX, (_m, name: string) => `_xldudf_SPR_${name.toUpperCase()}(`)
    .replace(FUTURE_IN_USER_SYNTAX, (_m, name: string) => `_xlfn.${name}(`)
    .replace(SPILL_REF, (_m, sheet: string | undefined, cell: string) => `_xlfn.ANCHORARRAY(${sheet ?? ""}${cell})`);
}

export function fromFileFormula(formula: string): string {
  return formula
    .replace(IN_FILE_SYNTAX, (_m, name: string) => `SPR.${name}(`)
    .replace(FUTURE_IN_FILE_SYNTAX, (_m, name: string) => `${name}(`)
    .replace(ANCHORARRAY, (_m, sheet: string | undefined, cell: string) => `${sheet ?? ""}${cell}#`);
}
