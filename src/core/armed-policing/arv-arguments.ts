/**
 * The arguments SPR.ARVREQ and the uncertainty functions built on it (ARVSIM, ARVREQP) share, read once with their
 * defaults from the assumptions registry: everything about the demand but the number of incidents.
 */
import { optionalNumber, requiredNumber } from "../args";
import { assumptionValue } from "../assumptions/registry";
import { ArvDemand } from "./arv";

const POSITIVE = { min: 0, above: true };
const PROBABILITY = { min: 0, above: true, max: 1, below: true };

export interface ArvArguments {
  demand: Omit<ArvDemand, "incidentsPerYear">;
  maxWaitProb: number;
  coverageMinimum: number;
}

export function readArvArguments(mean_minutes: unknown, max_wait_prob: unknown, arvs_per_incident: unknown, peak_factor: unknown, coverage_minimum: unknown): ArvArguments {
  return {
    demand: {
      meanMinutes: requiredNumber("mean_minutes", mean_minutes, POSITIVE),
      arvsPerIncident: optionalNumber("arvs_per_incident", arvs_per_incident, assumptionValue("ARVS_PER_INCIDENT"), POSITIVE),
      peakFactor: optionalNumber("peak_factor", peak_factor, assumptionValue("PEAK_FACTOR"), { min: 1 }),
      minutesPerYear: assumptionValue("HOURS_24_7_POST") * 60,
    },
    maxWaitProb: optionalNumber("max_wait_prob", max_wait_prob, assumptionValue("MAX_WAIT_PROB"), PROBABILITY),
    coverageMinimum: optionalNumber("coverage_minimum", coverage_minimum, assumptionValue("COVERAGE_MINIMUM"), { min: 0, integer: true }),
  };
}
