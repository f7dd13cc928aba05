import { Assumption } from "./assumption";

/**
 * Armed policing: the SPR sets no ARV or AFO numbers (ARV capacity is set by each force's APSTRA, paragraph 151),
 * so every figure the model needs is a planning assumption, sourced where a public figure exists.
 */
export const ARMED_POLICING_ASSUMPTIONS: Assumption[] = [
  {
    key: "MAX_WAIT_PROB",
    value: 0.05,
    unit: "probability",
    source: "",
    illustrative: true,
    reasoning:
      "At most 1 firearms incident in 20 should find every ARV on duty already committed. A common service-level choice in queueing practice, not a national standard: the force's APSTRA sets its own.",
  },
  {
    key: "ARVS_PER_INCIDENT",
    value: 1,
    unit: "ARVs per incident",
    source: "",
    illustrative: true,
    reasoning:
      "One ARV committed to each incident on average; forces that routinely send two to a spontaneous incident should use their own deployment average.",
  },
  {
    key: "PEAK_FACTOR",
    value: 1,
    unit: "peak-hour rate ÷ average rate",
    source: "",
    illustrative: true,
    reasoning:
      "1 plans for the average hour of the year. Demand peaks on weekend nights: take the ratio of the busiest planning period's incident rate to the annual average from the force's own command-and-control data.",
  },
  {
    key: "COVERAGE_MINIMUM",
    value: 0,
    unit: "ARVs on duty",
    source: "",
    illustrative: true,
    reasoning:
      "No floor unless the force sets one: the ARVs its geography and response-time targets need on duty however few incidents there are come from its APSTRA, or from SPR.ARVCOVER (a target share of the force area within a response time).",
  },
  {
    key: "ARV_RESPONSE_SPEED_KMH",
    value: 48,
    unit: "km/h (road distance)",
    source: "",
    illustrative: true,
    reasoning:
      "The average road speed of an ARV on an emergency run, from dispatch to arrival: 48 km/h (30 mph) stands for a mix of urban and rural roads. No national figure is published: take the force's own from its vehicle location (AVL) or command-and-control data.",
  },
  {
    key: "ARV_DETOUR_FACTOR",
    value: 1.2,
    unit: "road distance ÷ straight-line distance",
    source:
      "Newell (1980), Traffic Flow on Transportation Networks (MIT Press): road distance between random points in an urban network about 1.2 times the straight-line distance; Ballou, Rahardja and Sakai (2002), Transportation Research Part A 36(9), give national circuity factors",
    illustrative: false,
    reasoning:
      "How much longer the road is than the straight line. Published circuity factors for road networks are about 1.2 in urban areas and higher where roads are sparse (moorland, coasts, estuaries): use a higher figure for a rural force.",
  },
  {
    key: "ARV_CREW",
    value: 2,
    unit: "AFOs per ARV",
    source: "ACPO guidance: armed response vehicles are crewed by at least two AFOs (typically two outside London, three in London)",
    illustrative: false,
    reasoning: "The minimum crew of an ARV; use 3 where the force crews its ARVs with three.",
  },
  {
    key: "AFO_DEPLOYABLE_RATE",
    value: 6038 / 6651,
    unit: "fraction of AFOs",
    source: "Home Office, Police use of firearms statistics, England and Wales: 6,038 of 6,651 AFOs deployable at 31 March 2023 (90.8%)",
    illustrative: false,
    reasoning: "The national share of authorised firearms officers who could be deployed; use the force's own figure where it has one.",
  },
];
