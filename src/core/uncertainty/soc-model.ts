/**
 * SOC staffing when the number of mapped OCGs in each P-band is uncertain. In each trial every band's count is drawn
 * from its estimate and rounded to a whole group (bands independently), and the SOC engine (socRequirement) gives the
 * force, ROCU and total FTE; the model keeps the one asked for.
 */
import { socRequirement, socRequirementOf } from "../soc/socreq";
import { Estimate } from "./distributions";
import { UncertainModel, modelKey } from "./simulate";

export const SOC_MEASURES = ["force", "rocu", "total"] as const;
export type SocMeasure = (typeof SOC_MEASURES)[number];

export function socModel(
  ocgs: readonly Estimate[],
  hours: readonly number[],
  forceShare: readonly number[],
  productiveHours: number,
  measure: SocMeasure,
): UncertainModel {
  // validates the lists and shares once, before any trial (socRequirement with the likely counts checks them too)
  socRequirement(
    ocgs.map((e) => e.likely),
    hours,
    forceShare,
    productiveHours,
  );
  const requirement = socRequirementOf(hours, forceShare, productiveHours);
  return {
    key: modelKey("soc", ocgs, hours, forceShare, productiveHours, measure),
    inputs: ocgs,
    transform: (_i, draws) => draws.map(Math.round),
    combine: (parts, trials) => {
      const out = new Float64Array(trials);
      const counts = new Array<number>(parts.length);
      for (let t = 0; t < trials; t++) {
        for (let b = 0; b < parts.length; b++) counts[b] = parts[b][t];
        out[t] = requirement(counts)[measure];
      }
      return out;
    },
  };
}
