/**
 * The arguments SPR.SOCREQ and the uncertainty functions built on it (SOCSIM, SOCREQP, SOCTORNADO) share, read once:
 * everything about the SOC work but the number of OCGs in each band.
 */
import { FRACTION, NON_NEGATIVE, numberList } from "../args";
import { readProductiveHours } from "../workforce/productive-hours-argument";

export interface SocWork {
  hoursByBand: number[];
  forceShareByBand: number[];
  productiveHours: number;
}

export function readSocWork(hours_by_band: unknown, force_share_by_band: unknown, productive_hours: unknown): SocWork {
  return {
    hoursByBand: numberList("hours_by_band", hours_by_band, NON_NEGATIVE).values,
    forceShareByBand: numberList("force_share_by_band", force_share_by_band, FRACTION).values,
    productiveHours: readProductiveHours(productive_hours),
  };
}
