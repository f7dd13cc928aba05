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
    capabilities?: { id: string; status: string }[];
  };
  section22?: {
    rocu: string;
    basis: string;
    fixedFraction?: number;
    unit?: number;
    lines: { name: string; cost: number }[];
    grants?: { name: string; amount: number }[];
    forces: { name: string; weight: number; inKind?: number }[];
  };
}
