/**
 * The productive_hours argument every function that turns hours into FTE takes (POSTFTE, AFOREQ, AFOGAP, WORKLOADFTE,
 * SOCREQ and the SOC uncertainty functions), read once: the force's figure, or SPR.PRODUCTIVEHOURS() with its defaults.
 */
import { optionalNumber, POSITIVE } from "../args";
import { defaultProductiveHoursInputs, productiveHours } from "./productive-hours";

export function readProductiveHours(productive_hours: unknown): number {
  return optionalNumber("productive_hours", productive_hours, productiveHours(defaultProductiveHoursInputs()), POSITIVE);
}
