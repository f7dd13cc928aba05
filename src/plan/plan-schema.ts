/**
 * The plan file's schema, written once as data. `npm run docs` publishes it as schema/plan.schema.json (a test keeps
 * the two equal); src/plan/validate.ts checks plans against it and adds the checks a schema cannot express.
 */
import { JsonSchema } from "./json-schema";

const COUNT: JsonSchema = { type: "integer", minimum: 0 };
const NONNEG: JsonSchema = { type: "number", minimum: 0 };
const POSITIVE: JsonSchema = { type: "number", exclusiveMinimum: 0 };
const FRACTION: JsonSchema = { type: "number", minimum: 0, maximum: 1 };
const TEXT: JsonSchema = { type: "string", minLength: 1, maxLength: 200 };
const DATETIME: JsonSchema = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$",
  examples: ["2026-06-20T14:00"],
  description: "Local date and time, ISO 8601 (YYYY-MM-DDTHH:MM).",
};
const MAX_ROWS = 10_000;

function object(properties: Record<string, JsonSchema>, required: string[] = [], description?: string): JsonSchema {
  return { type: "object", additionalProperties: false, required, properties, ...(description ? { description } : {}) };
}

function list(items: JsonSchema, minItems = 0, maxItems = MAX_ROWS): JsonSchema {
  return { type: "array", items, minItems, maxItems };
}

const PUBLIC_ORDER = object(
  {
    nationalPsuShare: { ...COUNT, description: "PSUs the force must be able to provide towards the national mobilisation requirement (its agreed share of paragraph 120a)." },
    policy: { type: "string", enum: ["max", "sum"], description: "Combine the national share and the local peak: the larger (max) or both at once (sum)." },
    events: list(
      object(
        {
          name: TEXT,
          start: DATETIME,
          end: DATETIME,
          attendance: COUNT,
          risk: { type: "string", enum: ["low", "medium", "high"] },
        },
        ["name", "start", "end", "attendance", "risk"],
      ),
    ),
    crowdPerPsu: object({ low: POSITIVE, medium: POSITIVE, high: POSITIVE }, ["low", "medium", "high"], "People per PSU by risk level: the force's own table (the SPR sets none)."),
    requiredBdus: COUNT,
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
    meanMinutes: POSITIVE,
    maxWaitProb: { type: "number", exclusiveMinimum: 0, maximum: 1 },
    arvsPerIncident: POSITIVE,
    peakFactor: POSITIVE,
    coverageMinimum: COUNT,
    crewSize: { type: "integer", minimum: 1 },
    afosAvailable: NONNEG,
    deployableRate: FRACTION,
  },
  ["incidentsPerYear", "meanMinutes", "afosAvailable"],
  "Armed policing: paragraphs 147–157 and the force's APSTRA.",
);

const SOC = object(
  {
    ocgsByBand: { ...list(COUNT, 4, 4), description: "Mapped OCGs in P-bands 1 to 4." },
    hoursByBand: { ...list(NONNEG, 4, 4), description: "Hours a year to manage one OCG in each band (default: the SOC_HOURS_OCG_BAND assumptions)." },
    forceShareByBand: { ...list(FRACTION, 4, 4), description: "Share of each band's work the force owns (the rest the ROCU)." },
    otherVolumes: list(object({ name: TEXT, volume: NONNEG, hoursEach: NONNEG, assumption: { type: "string", description: "The assumption holding hours per item, e.g. FRAUD_DISSEMINATION_HOURS (when hoursEach is not given)." } }, ["name", "volume"])),
    investigatorsAvailable: NONNEG,
    ocgsPerLro: POSITIVE,
    lrosAvailable: COUNT,
    capabilities: list(object({ id: { type: "string", minLength: 1, maxLength: 20 }, status: { type: "string", maxLength: 40, description: "in force, via collaboration, via ROCU, partial, absent; blank or left out: not assessed." } }, ["id"]), 0, 1000),
  },
  ["ocgsByBand", "forceShareByBand", "investigatorsAvailable"],
  "Serious and organised crime: paragraphs 57–96.",
);

const UNCERTAINTY = object(
  {
    trials: { type: "integer", minimum: 1, maximum: 100_000, description: "Trials in each simulation (default: assumption SIM_TRIALS, 10,000; at most 100,000)." },
    seed: { type: "integer", minimum: 0, maximum: 4_294_967_295, description: "The seed: the same seed recalculates to the same figures everywhere (default: assumption SIM_SEED, 1)." },
    percentiles: { ...list(FRACTION, 1, 6), description: "Percentiles to show, as fractions (0.9 for P90). Default 0.5, 0.8, 0.9." },
    shape: { type: "string", enum: ["triangular", "pert"], description: "How each low–likely–high estimate spreads (default triangular)." },
    incidents: object({ low: NONNEG, high: NONNEG }, ["low", "high"], "Firearms incidents a year, lowest and highest; the likely value is armedPolicing.incidentsPerYear."),
    attendance: object(
      {
        lowFactor: { type: "number", minimum: 0, maximum: 1, description: "Each event's lowest attendance as a fraction of its expected attendance." },
        highFactor: { type: "number", minimum: 1, maximum: 100, description: "Each event's highest attendance as a multiple of its expected attendance." },
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
    unit: { type: "number", exclusiveMinimum: 0, description: "Rounding unit in pounds (default 0.01: pence)." },
    lines: list(
      object({ name: TEXT, cost: NONNEG, kind: { type: "string", enum: ["pay", "non-pay"], description: "Over the years a pay line moves with the pay award, a non-pay line with inflation (default pay)." } }, ["name", "cost"]),
      1,
      200,
    ),
    grants: list(object({ name: TEXT, amount: NONNEG }, ["name", "amount"]), 0, 200),
    forces: list(object({ name: TEXT, weight: NONNEG, inKind: NONNEG }, ["name", "weight"]), 1, 50),
  },
  ["rocu", "basis", "lines", "forces"],
  "ROCU Section 22 contributions: paragraph 84.",
);

const RATE_BY_YEAR: JsonSchema = { type: "number", exclusiveMinimum: -1, maximum: 1 };
const DEMAND_BY_YEAR: JsonSchema = { ...list({ type: "number", minimum: 0, maximum: 100 }, 0, 9), description: "Demand in each later year as a multiple of the plan year's (1.05 = 5% more; at most 100); left out, demand is flat." };

const COSTS = object(
  {
    salary: { type: "number", minimum: 0, maximum: 1_000_000, description: "Basic pay in pounds a year used to cost one officer, at most £1,000,000 (default: the top of the constables' scale, SPR.PAY(\"constable\"))." },
    years: { type: "integer", minimum: 1, maximum: 10, description: "Years of the medium-term plan, the plan year first (default 4)." },
    payAwards: { ...list(RATE_BY_YEAR, 0, 9), description: "Pay award in each later year as a fraction (default: assumption PAY_AWARD each year)." },
    inflation: { ...list(RATE_BY_YEAR, 0, 9), description: "Inflation in each later year as a fraction (default: assumption INFLATION each year)." },
    demand: object({ publicOrder: DEMAND_BY_YEAR, armedPolicing: DEMAND_BY_YEAR, soc: DEMAND_BY_YEAR }, [], "Demand by year for each area (events, firearms incidents, OCGs)."),
  },
  [],
  "Costs and the medium term: the Costs and Medium term sheets (optional).",
);

export const PLAN_SCHEMA: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "plan.schema.json",
  title: "SPR Planner plan",
  description: "One force's (or one ROCU region's) planning inputs for a financial year. Sections may be left out.",
  type: "object",
  additionalProperties: false,
  required: ["planVersion", "organisation", "financialYear"],
  properties: {
    $schema: { type: "string" },
    planVersion: { type: "integer", enum: [1] },
    organisation: object(
      {
        kind: { type: "string", enum: ["force", "region"] },
        name: { ...TEXT, description: "A force (\"Avon and Somerset\") or, for a region, its ROCU (\"SWROCU\")." },
      },
      ["kind", "name"],
    ),
    financialYear: { type: "string", pattern: "^20\\d{2}/\\d{2}$", examples: ["2026/27"] },
    preparedBy: TEXT,
    assumptions: { type: "object", additionalProperties: { type: "number" }, description: "Planning assumptions overridden by key; any left out take the registry's defaults." },
    publicOrder: PUBLIC_ORDER,
    armedPolicing: ARMED_POLICING,
    soc: SOC,
    uncertainty: UNCERTAINTY,
    section22: SECTION22,
    costs: COSTS,
  },
};
