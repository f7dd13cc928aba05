/**
 * The coverage minimum: ARVs needed on duty so that a target share of an area is within a response time of one,
 * whatever the load. A planning approximation, stated so a planner can defend it and replace it:
 *
 *   reach (road km)   = speed (km/h) × response time (minutes) ÷ 60
 *   radius r (km)     = reach ÷ detour factor   (road distance ÷ straight-line distance)
 *   area one ARV covers = π r²
 *   ARVs              = ceil(target share × area ÷ π r²)
 *
 * Limits: each ARV is taken to sit at the centre of its own disc and the discs not to overlap, which no real road
 * network or deployment pattern allows, so the answer is a floor: covering a whole plane with equal discs needs
 * 2π ÷ √27 ≈ 1.21 times as many (Kershner, 1939). It ignores ARVs already committed (the queueing answer's job), the
 * time to dispatch and mobilise (take it off the response time), and coast, water and moorland no road reaches
 * (leave them out of the area). Where demand is concentrated, give the area that holds the demand to cover.
 */
import { FRACTION, POSITIVE, type NumberRule } from "../args";
import { valueError } from "../errors";

/** The rules ARVCOVER reads its arguments by (the plan schema takes its bounds from here). */
export const COVERAGE_RULES = {
  area_km2: POSITIVE,
  target_share: FRACTION,
  response_minutes: POSITIVE,
  speed_kmh: POSITIVE,
  detour_factor: { min: 1 },
} as const satisfies Record<string, NumberRule>;

export interface CoverageInputs {
  areaKm2: number;
  /** Share of the area to bring within the response time, 0 to 1. */
  targetShare: number;
  responseMinutes: number;
  speedKmh: number;
  /** Road distance ÷ straight-line distance, ≥ 1. */
  detourFactor: number;
}

/** Straight-line radius one ARV reaches in the response time, in km. */
export function coverageRadiusKm(c: CoverageInputs): number {
  return (c.speedKmh * c.responseMinutes) / 60 / c.detourFactor;
}

/** ARVs on duty the coverage target needs: a whole number. */
export function arvsForCoverage(c: CoverageInputs): number {
  const r = coverageRadiusKm(c);
  const discs = (c.targetShare * c.areaKm2) / (Math.PI * r * r);
  const arvs = Math.ceil(discs);
  if (!Number.isSafeInteger(arvs)) {
    throw valueError(
      "response_minutes",
      `expected a response time in which one ARV covers more than a vanishing area; these inputs need ${discs} ARVs`,
    );
  }
  return arvs;
}

export type Binding = "queueing" | "coverage" | "both";

/** Which of the two answers sets the ARVs on duty: the larger; "both" when they are equal. */
export function binding(queueing: number, coverage: number): Binding {
  if (queueing === coverage) return "both";
  return queueing > coverage ? "queueing" : "coverage";
}
