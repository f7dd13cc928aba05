import { FunctionNote } from "./note";
import { PLANNING_NOTES } from "./planning";
import { REFERENCE_NOTES } from "./reference";
import { SECTION22_NOTES } from "./section22";
import { WORKFORCE_NOTES } from "./workforce";

/** Worked examples and notes for every function, by id. A test requires an entry for each registered function. */
export const FUNCTION_NOTES: Record<string, FunctionNote> = { ...REFERENCE_NOTES, ...PLANNING_NOTES, ...WORKFORCE_NOTES, ...SECTION22_NOTES };
