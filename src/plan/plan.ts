/** The plan file, as TypeScript sees it once it has passed validation (see ./plan-schema.ts for the rules). */
export type Risk = "low" | "medium" | "high";

export interface PlanEvent {
  name: string;
  start: string;
  end: string;
  attendance: number;
  risk: Risk;
}

export interface Plan {
  $schema?: string;
  planVersion: 1;
  organisation: { kind: "force" | "region"; name: string };
  financialYear: string;
  preparedBy?: string;
  assumptions?: Record<string, number>;
  publicOrder?: {
    nationalPsuShare?: number;
    policy?: "max" | "sum";
    events?: PlanEvent[];
    crowdPerPsu?: Record<Risk, number>;
    requiredBdus?: number;
    requiredAepTeams?: number;
    trained: { PSU: number[]; BDU?: number[]; AEP?: number[] };
  };
  armedPolicing?: {
    incidentsPerYear: number;
    meanMinutes: number;
    maxWaitProb?: number;
    arvsPerIncident?: number;
    peakFactor?: number;
    coverageMinimum?: number;
    crewSize?: number;
    afosAvailable: number;
    deployableRate?: number;
  };
  soc?: {
    ocgsByBand: number[];
    hoursByBand?: number[];
    forceShareByBand: number[];
    otherVolumes?: { name: string; volume: number; hoursEach?: number; assumption?: string }[];
    investigatorsAvailable: number;
    ocgsPerLro?: number;
    lrosAvailable?: number;
    capabilities?: { id: string; status?: string }[];
  };
  uncertainty?: {
    trials?: number;
    seed?: number;
    percentiles?: number[];
    shape?: "triangular" | "pert";
    /** Firearms incidents a year: low and high (the likely value is armedPolicing.incidentsPerYear). */
    incidents?: { low: number; high: number };
    /** Event attendance: low and high as fractions of each event's expected attendance, or per event by name. */
    attendance?: { lowFactor: number; highFactor: number; events?: { name: string; low: number; high: number }[] };
    /** Mapped OCGs in P-bands 1 to 4: low and high (the likely counts are soc.ocgsByBand). */
    ocgs?: { low: number[]; high: number[] };
  };
  section22?: {
    rocu: string;
    basis: string;
    fixedFraction?: number;
    unit?: number;
    lines: { name: string; cost: number; kind?: "pay" | "non-pay" }[];
    grants?: { name: string; amount: number }[];
    forces: { name: string; weight: number; inKind?: number }[];
  };
  costs?: {
    salary?: number;
    years?: number;
    /** One rate per later year. */
    payAwards?: number[];
    inflation?: number[];
    /** Each later year's demand as a multiple of the plan year's. */
    demand?: { publicOrder?: number[]; armedPolicing?: number[]; soc?: number[] };
  };
}

/** The medium-term plan's years, the plan year first: costs.years, or four (the plan year and three more). */
export const DEFAULT_PLAN_YEARS = 4;

export function planYears(plan: Plan): number {
  return plan.costs?.years ?? DEFAULT_PLAN_YEARS;
}

/** The financial year (1 April to 31 March) starting in calendar year y, written as plans write it: "2026/27". */
export function financialYearText(y: number): string {
  return `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
}
