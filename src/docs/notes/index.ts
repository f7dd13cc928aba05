import { FunctionNote } from "./note";
import { PLANNING_NOTES } from "./planning";
import { PUBLIC_ORDER_NOTES } from "./public-order";
import { REFERENCE_NOTES } from "./reference";
import { WORKFORCE_NOTES } from "./workforce";

/** Worked examples and notes for every function, by id. A test requires an entry for each registered function. */
export const FUNCTION_NOTES: Record<string, FunctionNote> = { ...REFERENCE_NOTES, ...PLANNING_NOTES, ...WORKFORCE_NOTES, ...PUBLIC_ORDER_NOTES };
