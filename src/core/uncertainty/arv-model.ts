/**
 * ARVs on duty when next year's firearms incidents are uncertain: in each trial the incidents are drawn from their
 * estimate and the ARVs come from the armed-policing engine itself (arvsRequired: Erlang C queueing, never below the
 * coverage minimum). The ARVs needed never fall as incidents rise, so mapMonotone calls the engine only where the
 * answer steps (a few dozen calls for 100,000 trials), and every trial's answer is exactly the engine's.
 */
import { ArvDemand, arvsRequired, offeredLoad } from "../armed-policing/arv";
import { valueError } from "../errors";
import { MAX_TRAFFIC } from "../queueing/erlang";
import { Estimate } from "./distributions";
import { mapMonotone } from "./monotone";
import { UncertainModel } from "./simulate";

export interface UncertainArvs {
  incidents: Estimate;
  /** Everything but the incidents. */
  demand: Omit<ArvDemand, "incidentsPerYear">;
  maxWaitProb: number;
  coverageMinimum: number;
}

export function arvModel(u: UncertainArvs): UncertainModel {
  const load = offeredLoad({ ...u.demand, incidentsPerYear: u.incidents.high });
  if (load > MAX_TRAFFIC) {
    throw valueError("incidents_high", `these inputs offer ${load} erlangs, more than the ${MAX_TRAFFIC.toLocaleString("en-GB")} the queueing model accepts`);
  }
  const arvs = (incidents: number) => arvsRequired({ ...u.demand, incidentsPerYear: incidents }, u.maxWaitProb, u.coverageMinimum);
  return {
    inputs: [u.incidents],
    transform: (_i, draws) => mapMonotone(draws, arvs).result,
    combine: (parts) => parts[0],
  };
}
