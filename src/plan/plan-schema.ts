/**
 * The plan file's schema, written once as data; the plan's TypeScript type is derived from it (./plan.ts), so a new
 * field is one entry here. `npm run docs` publishes it as schema/plan.schema.json (a test keeps
 * the two equal); src/plan/validate.ts checks plans against it and adds the checks a schema cannot express.
 */
import { AFO_RULES } from "../core/armed-policing/afo";
import { ARV_RULES } from "../core/armed-policing/arv-arguments";
import { COVERAGE_RULES } from "../core/armed-policing/coverage";
import { NATIONAL_SHARE_RULES } from "../core/public-order/national-share";
import { TRAINED_PER_POST_RULE } from "../core/public-order/staffing";
import { OCGS_PER_LRO_RULE } from "../core/soc/lro";
import { MAX_SEED, MAX_TRIALS } from "../core/uncertainty/simulate";
import { FORCES } from "../core/forces/forces-data";
import { WORKFORCE_RULES } from "../core/workforce/productive-hours";
import { MIN_SAMPLES } from "../core/uncertainty/stats";
import { FRACTION as FRACTION_RULE, NON_NEGATIVE, POSITIVE, type NumberRule } from "../core/args";
import type { Assumption } from "../core/assumptions/assumption";
import { Accepts, Typed, choiceSchema, listSchema, numberSchema, objectSchema as object, recordSchema, textSchema } from "./json-schema";

// A field the engine reads through an argument rule takes its bounds from that rule (numberSchema); the others are
// the plan's own rules, written as argument rules too. test/plan-bounds.test.ts builds every boundary value.
// Counts stop at 2^53 − 1, the largest whole number a number holds exactly (ECMA-262 Number.MAX_SAFE_INTEGER).
/** People per PSU: EVENTPSUS reads its crowd table as numbers > 0. */
const CROWD = POSITIVE;
/** The Section 22 rounding unit: S22SHARE and S22TABLE read it as a number > 0. */
const ROUNDING_UNIT = POSITIVE;
const TRIALS: NumberRule = { min: MIN_SAMPLES, max: MAX_TRIALS, integer: true };
const SEED: NumberRule = { min: 0, max: MAX_SEED, integer: true };

/**
 * Assumptions a function reads through an argument rule (a plan field left out takes the assumption): a figure the
 * plan sets for one must meet the same rule. test/plan-bounds.test.ts builds each assumption at its bounds.
 */
export const ASSUMPTION_RULES: Readonly<Record<string, NumberRule>> = {
  MAX_WAIT_PROB: ARV_RULES.max_wait_prob,
  ARVS_PER_INCIDENT: ARV_RULES.arvs_per_incident,
  PEAK_FACTOR: ARV_RULES.peak_factor,
  COVERAGE_MINIMUM: ARV_RULES.coverage_minimum,
  ARV_RESPONSE_SPEED_KMH: COVERAGE_RULES.speed_kmh,
  ARV_DETOUR_FACTOR: COVERAGE_RULES.detour_factor,
  PSU_297_EXCLUDES_LONDON: NATIONAL_SHARE_RULES.excludes_london,
  ARV_CREW: AFO_RULES.crew_size,
  AFO_DEPLOYABLE_RATE: AFO_RULES.deployable_rate,
  OCGS_PER_LRO: OCGS_PER_LRO_RULE,
  SIM_TRIALS: TRIALS,
  SIM_SEED: SEED,
  TRAINED_PER_POST: TRAINED_PER_POST_RULE,
  CROWD_PER_PSU_LOW: CROWD,
  CROWD_PER_PSU_MEDIUM: CROWD,
  CROWD_PER_PSU_HIGH: CROWD,
  S22_ROUNDING_UNIT: ROUNDING_UNIT,
  WEEKLY_HOURS: WORKFORCE_RULES.weekly_hours,
  HOURS_24_7_POST: WORKFORCE_RULES.hours_covered,
};

/**
 * The plan's own limits on assumptions no function bounds, so a figure cannot price a gap past what money holds
 * exactly (£9,999,999,999,999.99): a one-off cost per officer of at most £1,000,000 and a course of at most a year.
 */
const ONE_OFF_COST: NumberRule = { min: 0, max: 1_000_000 };
const COURSE_DAYS: NumberRule = { min: 0, max: 366 };
const PLAN_ASSUMPTION_RULES: Readonly<Record<string, NumberRule>> = {
  RECRUITMENT_COST: ONE_OFF_COST,
  COURSE_COST_PSU: ONE_OFF_COST,
  COURSE_COST_AFO: ONE_OFF_COST,
  COURSE_COST_SOC: ONE_OFF_COST,
  COURSE_DAYS_PSU: COURSE_DAYS,
  COURSE_DAYS_AFO: COURSE_DAYS,
  COURSE_DAYS_SOC: COURSE_DAYS,
};

/** The rule a plan's figure for an assumption must meet: its function's rule, else ≥ 0 (and ≤ 1 for a share). */
export function assumptionRule(a: Assumption): NumberRule {
  return ASSUMPTION_RULES[a.key] ?? PLAN_ASSUMPTION_RULES[a.key] ?? (/fraction|probability/.test(a.unit) ? FRACTION_RULE : NON_NEGATIVE);
}

const COUNT = numberSchema({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true });
const NONNEG = numberSchema(NON_NEGATIVE);
const FRACTION = numberSchema(FRACTION_RULE);
const TEXT = textSchema({ minLength: 1, maxLength: 200 });
const DATETIME = textSchema({
  pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$",
  examples: ["2026-06-20T14:00"],
  description: "Local date and time, ISO 8601 (YYYY-MM-DDTHH:MM).",
});
const MAX_ROWS = 10_000;

function list<T>(items: Typed<T>, minItems = 0, maxItems = MAX_ROWS): Typed<T[]> {
  return listSchema(items, minItems, maxItems);
}

const EVENT = object(
  {
    name: TEXT,
    start: DATETIME,
    end: DATETIME,
    attendance: COUNT,
    risk: choiceSchema(["low", "medium", "high"]),
  },
  ["name", "start", "end", "attendance", "risk"],
);

const PUBLIC_ORDER = object(
  {
    nationalPsuShare: {
      ...COUNT,
      description:
        "Optional: the force's agreed share of the national PSUs (paragraph 120a). Left out, the workbook derives it with SPR.NATIONALSHARE over officer FTE.",
    },
    policy: choiceSchema(["max", "sum"], "Combine the national share and the local peak: the larger (max) or both at once (sum)."),
    events: list(EVENT),
    crowdPerPsu: object(
      { low: numberSchema(CROWD), medium: numberSchema(CROWD), high: numberSchema(CROWD) },
      ["low", "medium", "high"],
      "People per PSU by risk level: the force's own table (the SPR sets none).",
    ),
    requiredBdus: {
      ...COUNT,
      description:
        "Optional: BDUs the region or NPCC requires of the force (paragraph 120b). Left out, the workbook uses the force's derived share of the 234 (SPR.NATIONALSHARE).",
    },
    requiredAepTeams: COUNT,
    trained: object(
      {
        PSU: { ...list(COUNT, 4, 4), description: "Trained officers: inspectors, sergeants, constables (level 2), drivers." },
        BDU: { ...list(COUNT, 3, 3), description: "Trained officers: inspectors, sergeants, constables (level 3)." },
        AEP: { ...list(COUNT, 3, 3), description: "Trained officers: AEP commanders, drivers, AEP officers." },
      },
      ["PSU"],
    ),
  },
  ["trained"],
  "Public order: paragraphs 116–128.",
);

const ARMED_POLICING = object(
  {
    incidentsPerYear: NONNEG,
    meanMinutes: numberSchema(ARV_RULES.mean_minutes),
    maxWaitProb: numberSchema(ARV_RULES.max_wait_prob),
    arvsPerIncident: numberSchema(ARV_RULES.arvs_per_incident),
    peakFactor: numberSchema(ARV_RULES.peak_factor),
    coverageMinimum: numberSchema(ARV_RULES.coverage_minimum),
    crewSize: numberSchema(AFO_RULES.crew_size),
    coverage: object(
      {
        areaKm2: {
          ...numberSchema(COVERAGE_RULES.area_km2),
          description:
            "The area to cover, km²: the force area (ONS Standard Area Measurements) less land no road reaches, or the part holding the demand to cover.",
        },
        targetShare: { ...numberSchema(COVERAGE_RULES.target_share), description: "Share of that area to bring within the response time." },
        responseMinutes: {
          ...numberSchema(COVERAGE_RULES.response_minutes),
          description: "Minutes from dispatch to arrival the force plans for.",
        },
        speedKmh: {
          ...numberSchema(COVERAGE_RULES.speed_kmh),
          description: "Average road speed of an ARV on an emergency run (default: assumption ARV_RESPONSE_SPEED_KMH).",
        },
        detourFactor: {
          ...numberSchema(COVERAGE_RULES.detour_factor),
          description: "Road distance ÷ straight-line distance (default: assumption ARV_DETOUR_FACTOR).",
        },
      },
      ["areaKm2", "targetShare", "responseMinutes"],
      "The coverage minimum worked out by SPR.ARVCOVER, instead of a typed coverageMinimum.",
    ),
    afosAvailable: {
      ...NONNEG,
      description: "The whole AFO establishment, FTE; the AFOs in otherRoles are taken off it to give the ARV officers.",
    },
    otherRoles: object(
      {
        specialist: { ...NONNEG, description: "Specialist firearms officers: SFO, CTSFO, MASTS (FTE)." },
        tacticalAdvisersAndCommanders: { ...NONNEG, description: "Tactical firearms advisers and firearms commanders (FTE)." },
        instructors: { ...NONNEG, description: "Firearms instructors (FTE)." },
        other: { ...NONNEG, description: "Any other AFOs who do not crew ARVs (FTE)." },
      },
      [],
      "AFOs on the establishment who do not crew ARVs, so the ARVs' need is compared with ARV officers only.",
    ),
    deployableRate: numberSchema(AFO_RULES.deployable_rate),
  },
  ["incidentsPerYear", "meanMinutes", "afosAvailable"],
  "Armed policing: paragraphs 147–157 and the force's APSTRA.",
);

const SOC = object(
  {
    ocgsByBand: { ...list(COUNT, 4, 4), description: "Mapped OCGs in P-bands 1 to 4." },
    hoursByBand: {
      ...list(NONNEG, 4, 4),
      description: "Hours a year to manage one OCG in each band (default: the SOC_HOURS_OCG_BAND assumptions).",
    },
    forceShareByBand: { ...list(FRACTION, 4, 4), description: "Share of each band's work the force owns (the rest the ROCU)." },
    otherVolumes: list(
      object(
        {
          name: TEXT,
          volume: NONNEG,
          hoursEach: NONNEG,
          assumption: textSchema({
            description: "The assumption holding hours per item, e.g. FRAUD_DISSEMINATION_HOURS (when hoursEach is not given).",
          }),
        },
        ["name", "volume"],
      ),
    ),
    investigatorsAvailable: NONNEG,
    ocgsPerLro: numberSchema(OCGS_PER_LRO_RULE),
    lrosAvailable: COUNT,
    capabilities: list(
      object(
        {
          id: textSchema({ minLength: 1, maxLength: 20 }),
          status: textSchema({
            maxLength: 40,
            description: "in force, via collaboration, via ROCU, partial, absent; blank or left out: not assessed.",
          }),
          rocuReliance: {
            ...TEXT,
            description:
              'With status "via ROCU": the agreement or decision under which the force relies on its ROCU for this capability. Without it, "via ROCU" for a capability the SPR places in the force (paragraph 74) is AMBER.',
          },
        },
        ["id"],
      ),
      0,
      1000,
    ),
  },
  ["ocgsByBand", "forceShareByBand", "investigatorsAvailable"],
  "Serious and organised crime: paragraphs 51–87.",
);

const UNCERTAINTY = object(
  {
    trials: numberSchema(
      TRIALS,
      `Trials in each simulation (default: assumption SIM_TRIALS, 10,000; at least ${MIN_SAMPLES}, at most ${MAX_TRIALS.toLocaleString("en-GB")}).`,
    ),
    seed: numberSchema(SEED, "The seed: the same seed recalculates to the same figures everywhere (default: assumption SIM_SEED, 1)."),
    percentiles: { ...list(FRACTION, 1, 6), description: "Percentiles to show, as fractions (0.9 for P90). Default 0.5, 0.8, 0.9." },
    shape: choiceSchema(["triangular", "pert"], "How each low–likely–high estimate spreads (default triangular)."),
    incidents: object(
      { low: NONNEG, high: NONNEG },
      ["low", "high"],
      "Firearms incidents a year, lowest and highest; the likely value is armedPolicing.incidentsPerYear.",
    ),
    attendance: object(
      {
        lowFactor: numberSchema(FRACTION_RULE, "Each event's lowest attendance as a fraction of its expected attendance."),
        highFactor: numberSchema({ min: 1, max: 100 }, "Each event's highest attendance as a multiple of its expected attendance."),
        events: list(object({ name: TEXT, low: COUNT, high: COUNT }, ["name", "low", "high"]), 0, MAX_ROWS),
      },
      ["lowFactor", "highFactor"],
      "Event attendance; the likely value is each event's attendance. Events listed by name override the factors.",
    ),
    ocgs: object(
      {
        low: { ...list(COUNT, 4, 4), description: "Fewest mapped OCGs in P-bands 1 to 4." },
        high: { ...list(COUNT, 4, 4), description: "Most mapped OCGs in P-bands 1 to 4." },
      },
      ["low", "high"],
      "Mapped OCGs by band; the likely counts are soc.ocgsByBand.",
    ),
  },
  [],
  "Planning under uncertainty: requirement percentiles from uncertain threat inputs (optional).",
);

const SECTION22 = object(
  {
    rocu: TEXT,
    basis: { ...TEXT, description: "What the weights are: officer FTE, net revenue expenditure, a fixed ratio…" },
    fixedFraction: FRACTION,
    unit: numberSchema(ROUNDING_UNIT, "Rounding unit in pounds (default 0.01: pence)."),
    lines: list(
      object(
        {
          name: TEXT,
          cost: NONNEG,
          kind: choiceSchema(
            ["pay", "non-pay"],
            "Over the years a pay line moves with the pay award, a non-pay line with inflation (default pay).",
          ),
        },
        ["name", "cost"],
      ),
      1,
      200,
    ),
    grants: list(object({ name: TEXT, amount: NONNEG }, ["name", "amount"]), 0, 200),
    forces: list(
      object(
        {
          name: TEXT,
          weight: NONNEG,
          inKind: NONNEG,
          lastYear: {
            ...NONNEG,
            description:
              "Optional: the force's total contribution last financial year (£), for the year-on-year change on a region's Summary.",
          },
        },
        ["name", "weight"],
      ),
      1,
      50,
    ),
  },
  ["rocu", "basis", "lines", "forces"],
  "ROCU Section 22 contributions: paragraph 84.",
);

/** A pay award or inflation rate for one year: a fraction above −1 (prices cannot fall to nothing), at most 1. */
const RATE_BY_YEAR = numberSchema({ min: -1, above: true, max: 1 });
const DEMAND_BY_YEAR = {
  ...list(numberSchema({ min: 0, max: 100 }), 0, 9),
  description: "Demand in each later year as a multiple of the plan year's (1.05 = 5% more; at most 100); left out, demand is flat.",
};

const COSTS = object(
  {
    salary: numberSchema(
      { min: 0, max: 1_000_000 },
      'Basic pay in pounds a year used to cost one officer, at most £1,000,000 (default: the top of the constables\' scale, SPR.PAY("constable")).',
    ),
    years: numberSchema({ min: 1, max: 10, integer: true }, "Years of the medium-term plan, the plan year first (default 4)."),
    payAwards: {
      ...list(RATE_BY_YEAR, 0, 9),
      description: "Pay award in each later year as a fraction (default: assumption PAY_AWARD each year).",
    },
    inflation: {
      ...list(RATE_BY_YEAR, 0, 9),
      description: "Inflation in each later year as a fraction (default: assumption INFLATION each year).",
    },
    demand: object(
      { publicOrder: DEMAND_BY_YEAR, armedPolicing: DEMAND_BY_YEAR, soc: DEMAND_BY_YEAR },
      [],
      "Demand by year for each area (events, firearms incidents, OCGs).",
    ),
  },
  [],
  "Costs and the medium term: the Costs and Medium term sheets (optional).",
);

const PLAN = object(
  {
    $schema: textSchema(),
    planVersion: choiceSchema([1]),
    organisation: object(
      {
        kind: choiceSchema(["force", "region", "nation"]),
        name: {
          ...TEXT,
          description:
            'A force ("Avon and Somerset"), for a region its ROCU ("SWROCU") or Home Office region ("South West"), or for the nation "England and Wales".',
        },
      },
      ["kind", "name"],
    ),
    financialYear: textSchema({ pattern: "^20\\d{2}/\\d{2}$", examples: ["2026/27"] }),
    preparedBy: TEXT,
    assumptions: recordSchema(numberSchema({}), "Planning assumptions overridden by key; any left out take the registry's defaults."),
    publicOrder: PUBLIC_ORDER,
    armedPolicing: ARMED_POLICING,
    soc: SOC,
    uncertainty: UNCERTAINTY,
    section22: SECTION22,
    costs: COSTS,
    scenarios: list(
      object(
        {
          name: TEXT,
          description: TEXT,
          set: {
            ...list(
              object(
                {
                  path: {
                    ...TEXT,
                    description: 'A number in the plan, by its path: "armedPolicing.afosAvailable", "section22.grants[0].amount".',
                  },
                  value: numberSchema({}),
                },
                ["path", "value"],
              ),
              0,
              200,
            ),
            description: "Numbers the scenario changes, each by its path in the plan and its new value.",
          },
          addEvents: { ...list(EVENT, 0, 200), description: "Events the scenario adds to publicOrder.events." },
        },
        ["name"],
        "A named scenario: a set of changes to the plan, shown beside the base plan on the Scenarios sheet.",
      ),
      0,
      20,
    ),
    forcePlans: {
      ...list(TEXT, 0, FORCES.length),
      description:
        "A region's or the nation's roll-up: the force plans it is made from, as paths relative to this plan. Forces of the region (or nation) without a plan are shown from the reference data alone (their derived national shares), flagged \"no force plan\". A nation plan without this field is built from reference data alone.",
    },
  },
  ["planVersion", "organisation", "financialYear"],
);

export const PLAN_SCHEMA: Typed<Accepts<typeof PLAN>> = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "plan.schema.json",
  title: "SPR Planner plan",
  description:
    "One force's (or one ROCU region's) planning inputs for a financial year, or a region's or the nation's roll-up of force plans. Sections may be left out.",
  ...PLAN,
};
