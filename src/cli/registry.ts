/**
 * Registers the custom functions the way Excel does: for each association the metadata generator lists
 * (id → JavaScript function name), the runtime's associate(id, fn) with the very function object the bundle
 * registers in Excel. The command line then calls functions by id exactly as Excel would.
 */
import { ExcelErrorShim } from "../functions/marshal";

export type CustomFunction = (...args: unknown[]) => unknown;

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
}

export interface Metadata {
  functions: MetadataFunction[];
}

export interface Association {
  functionName: string;
  id: string;
}

export interface Registry {
  functions: Map<string, CustomFunction>;
  metadata: Map<string, MetadataFunction>;
}

/** Defines the CustomFunctions global the functions file expects where Excel is not there to define it. */
export function installCustomFunctionsShim(onAssociate: (id: string, fn: CustomFunction) => void): void {
  const g = globalThis as Record<string, unknown>;
  const existing = (g.CustomFunctions ?? {}) as Record<string, unknown>;
  g.CustomFunctions = {
    ...existing,
    Error: existing.Error ?? ExcelErrorShim,
    ErrorCode: existing.ErrorCode ?? {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: onAssociate,
  };
}

export function buildRegistry(metadata: Metadata, associations: Association[], functionsModule: Record<string, unknown>): Registry {
  const functions = new Map<string, CustomFunction>();
  installCustomFunctionsShim((id, fn) => functions.set(id.toUpperCase(), fn));
  const cf = (globalThis as unknown as { CustomFunctions: { associate: (id: string, fn: CustomFunction) => void } }).CustomFunctions;
  for (const a of associations) {
    const fn = functionsModule[a.functionName];
    if (typeof fn !== "function")
      throw new Error(`metadata names ${a.functionName} for ${a.id}, but the functions module does not export it`);
    cf.associate(a.id, fn as CustomFunction);
  }
  return { functions, metadata: new Map(metadata.functions.map((f) => [f.id.toUpperCase(), f])) };
}
