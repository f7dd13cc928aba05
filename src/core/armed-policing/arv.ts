/**
 * Armed response vehicles that must be on duty: the queueing answer for the firearms incidents the force's APSTRA
 * expects (SPR paragraph 151), but never fewer than the coverage its geography and response times demand.
 *
 *   arrivals a minute  = incidents a year ÷ minutes in the year (8,760 hours × 60 = 525,600)
 *   offered load (erl) = arrivals a minute × minutes each incident holds an ARV × ARVs sent × peak factor
 *   ARVs on duty       = max(fewest servers with Erlang C ≤ max wait probability, coverage minimum)
 *
 * A load in erlangs is the average number of ARVs busy at once: 8,760 incidents a year of 60 minutes each keep
 * exactly one ARV busy around the clock.
 */
import { valueError } from "../errors";
import { MAX_TRAFFIC } from "../queueing/erlang";
import { serversFor } from "../queueing/servers";

export interface ArvDemand {
  incidentsPerYear: number;
  /** Mean minutes an ARV is committed to one incident (travel, deployment, stand-down). */
  meanMinutes: number;
  /** Average ARVs sent to an incident. */
  arvsPerIncident: number;
  /** Peak-hour rate ÷ average rate (1 plans for the average hour). */
  peakFactor: number;
  /** Minutes in the planning year. */
  minutesPerYear: number;
}

/** Offered load in erlangs: the average number of ARVs busy at once. */
export function offeredLoad(d: ArvDemand): number {
  const perMinute = d.incidentsPerYear / d.minutesPerYear;
  return perMinute * d.meanMinutes * d.arvsPerIncident * d.peakFactor;
}

/** The offered load, refused (naming `argument`, the incidents) beyond what the queueing model accepts. */
export function checkedLoad(d: ArvDemand, argument = "incidents_per_year"): number {
  const load = offeredLoad(d);
  if (load > MAX_TRAFFIC) {
    throw valueError(
      argument,
      `these inputs offer ${load} erlangs, more than the ${MAX_TRAFFIC.toLocaleString("en-GB")} the queueing model accepts`,
    );
  }
  return load;
}

/** ARVs that must be on duty: whole vehicles. */
export function arvsRequired(d: ArvDemand, maxWaitProb: number, coverageMinimum: number): number {
  const load = checkedLoad(d);
  return Math.max(serversFor(load, maxWaitProb), coverageMinimum);
}
