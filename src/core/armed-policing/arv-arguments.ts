/**
 * The arguments SPR.ARVREQ and the uncertainty functions built on it (ARVSIM, ARVREQP) share, read once with their
 * defaults from the assumptions registry: everything about the demand but the number of incidents.
 */
import { NumberRule, OPEN_FRACTION, optionalNumber, POSITIVE, requiredNumber, WHOLE } from "../args";
import { assumptionValue } from "../assumptions/registry";
import { ArvDemand } from "./arv";

/** The rule each argument is read by (the plan schema takes its bounds from here). */
export const ARV_RULES = {
  mean_minutes: POSITIVE,
  arvs_per_incident: POSITIVE,
  peak_factor: { min: 1 },
  max_wait_prob: OPEN_FRACTION,
  coverage_minimum: WHOLE,
} as const satisfies Record<string, NumberRule>;

export interface ArvArguments {
  demand: Omit<ArvDemand, "incidentsPerYear">;
  maxWaitProb: number;
  coverageMinimum: number;
}

export function readArvArguments(
  mean_minutes: unknown,
  max_wait_prob: unknown,
  arvs_per_incident: unknown,
  peak_factor: unknown,
  coverage_minimum: unknown,
): ArvArguments {
  return {
    demand: {
      meanMinutes: requiredNumber("mean_minutes", mean_minutes, ARV_RULES.mean_minutes),
      arvsPerIncident: optionalNumber(
        "arvs_per_incident",
        arvs_per_incident,
        assumptionValue("ARVS_PER_INCIDENT"),
        ARV_RULES.arvs_per_incident,
      ),
      peakFactor: optionalNumber("peak_factor", peak_factor, assumptionValue("PEAK_FACTOR"), ARV_RULES.peak_factor),
      minutesPerYear: assumptionValue("HOURS_24_7_POST") * 60,
    },
    maxWaitProb: optionalNumber("max_wait_prob", max_wait_prob, assumptionValue("MAX_WAIT_PROB"), ARV_RULES.max_wait_prob),
    coverageMinimum: optionalNumber("coverage_minimum", coverage_minimum, assumptionValue("COVERAGE_MINIMUM"), ARV_RULES.coverage_minimum),
  };
}
