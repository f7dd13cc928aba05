/**
 * How Excel stores a JavaScript custom function in a file: `_xldudf_` and the namespace's dot as an underscore
 * (=SPR.PSUGAP(A1) is stored as _xldudf_SPR_PSUGAP(A1)). A formula stored without the prefix does not calculate on
 * open until it is re-entered (reported on OfficeDev's trackers), so the file adapter writes what Excel writes.
 */
// a lookbehind, not a consumed character, so a call directly inside another's brackets (SPR.A(SPR.B(…))) matches too
const IN_USER_SYNTAX = /(?<![A-Za-z0-9_.])SPR\.([A-Za-z0-9]+)\(/g;
const IN_FILE_SYNTAX = /_xldudf_SPR_([A-Za-z0-9]+)\(/g;

export function toFileFormula(formula: string): string {
  return formula.replace(IN_USER_SYNTAX, (_m, name: string) => `_xldudf_SPR_${name.toUpperCase()}(`);
}

export function fromFileFormula(formula: string): string {
  return formula.replace(IN_FILE_SYNTAX, (_m, name: string) => `SPR.${name}(`);
}
