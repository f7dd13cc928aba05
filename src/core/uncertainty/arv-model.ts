/**
 * ARVs on duty when next year's firearms incidents are uncertain: in each trial the incidents are drawn from their
 * estimate and the ARVs come from the armed-policing engine itself (arvsRequired: Erlang C queueing, never below the
 * coverage minimum). The ARVs needed never fall as incidents rise, so mapMonotone calls the engine only where the
 * answer steps (a few dozen calls for 100,000 trials), and every trial's answer is exactly the engine's.
 *
 * Each call costs about 12·√A steps of the queueing walk at A erlangs, and a wide estimate can give as many distinct
 * answers as there are trials, so a simulation accepts at most MAX_SIMULATED_TRAFFIC erlangs: at that load even the
 * worst case (every trial its own answer) is about 10^8 steps, under a second. A force's ARV load is a few erlangs.
 */
import { ArvDemand, arvsRequired, offeredLoad } from "../armed-policing/arv";
import { valueError } from "../errors";

import { Estimate } from "./distributions";
import { mapMonotone } from "./monotone";
import { UncertainModel, modelKey } from "./simulate";

export interface UncertainArvs {
  incidents: Estimate;
  /** Everything but the incidents. */
  demand: Omit<ArvDemand, "incidentsPerYear">;
  maxWaitProb: number;
  coverageMinimum: number;
}

/** Most erlangs an ARV simulation accepts (see above); a single SPR.ARVREQ takes up to MAX_TRAFFIC. */
export const MAX_SIMULATED_TRAFFIC = 10_000;

/** The load at the highest estimate, refused (naming incidents_high) beyond what a simulation accepts. */
export function checkedSimulatedLoad(demand: Omit<ArvDemand, "incidentsPerYear">, incidentsHigh: number): number {
  const load = offeredLoad({ ...demand, incidentsPerYear: incidentsHigh });
  if (load > MAX_SIMULATED_TRAFFIC) {
    throw valueError(
      "incidents_high",
      `these inputs offer ${load} erlangs at the highest estimate; a simulation accepts at most ${MAX_SIMULATED_TRAFFIC.toLocaleString("en-GB")}`,
    );
  }
  return load;
}

export function arvModel(u: UncertainArvs): UncertainModel {
  checkedSimulatedLoad(u.demand, u.incidents.high);
  const arvs = (incidents: number) => arvsRequired({ ...u.demand, incidentsPerYear: incidents }, u.maxWaitProb, u.coverageMinimum);
  return {
    key: modelKey("arv", u),
    inputs: [u.incidents],
    transform: (_i, draws) => mapMonotone(draws, arvs).result,
    combine: (parts) => parts[0],
  };
}
