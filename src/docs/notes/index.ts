import { ARMED_POLICING_NOTES } from "./armed-policing";
import { CAPABILITIES_NOTES } from "./capabilities";
import { COSTS_NOTES } from "./costs";
import { FunctionNote } from "./note";
import { PLANNING_NOTES } from "./planning";
import { QUEUEING_NOTES } from "./queueing";
import { PUBLIC_ORDER_NOTES } from "./public-order";
import { REFERENCE_NOTES } from "./reference";
import { SECTION22_NOTES } from "./section22";
import { SOC_NOTES } from "./soc";
import { UNCERTAINTY_NOTES } from "./uncertainty";
import { WORKFORCE_NOTES } from "./workforce";

/** Worked examples and notes for every function, by id. A test requires an entry for each registered function. */
export const FUNCTION_NOTES: Record<string, FunctionNote> = {
  ...REFERENCE_NOTES,
  ...PLANNING_NOTES,
  ...WORKFORCE_NOTES,
  ...QUEUEING_NOTES,
  ...ARMED_POLICING_NOTES,
  ...SOC_NOTES,
  ...CAPABILITIES_NOTES,
  ...PUBLIC_ORDER_NOTES,
  ...SECTION22_NOTES,
  ...UNCERTAINTY_NOTES,
  ...COSTS_NOTES,
};
