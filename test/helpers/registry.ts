// Builds the command line's registry straight from the sources: metadata generated now from the JSDoc (as the
// webpack plugin does), functions imported from src. Tests therefore never depend on a stale lib/ build.
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functionsModule from "../../src/functions/functions";
import { Metadata, Registry, buildRegistry } from "../../src/cli/registry";
import { evaluateCall, Outcome } from "../../src/cli/evaluate";
import { parseFormula } from "../../src/cli/formula";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const functionFiles: string[] = require("../../scripts/function-files");

export const ROOT = path.resolve(__dirname, "..", "..");

let cached: Promise<{ metadata: Metadata; associations: { id: string; functionName: string }[]; errors: string[] }> | undefined;

export function generatedMetadata() {
  cached ??= generateCustomFunctionsMetadata(
    functionFiles.map((f) => path.join(ROOT, f)),
    false,
  ).then((r) => ({
    metadata: JSON.parse(r.metadataJson || '{"functions":[]}') as Metadata,
    associations: r.associate.map((a) => ({ id: a.id, functionName: a.functionName })),
    errors: r.errors,
  }));
  return cached;
}

export async function freshRegistry(): Promise<Registry> {
  const { metadata, associations } = await generatedMetadata();
  return buildRegistry(metadata, associations, functionsModule as unknown as Record<string, unknown>);
}

/** Evaluates a formula exactly as `spr eval --json` does. */
export async function evalFormula(formula: string): Promise<Outcome> {
  return evaluateCall(parseFormula(formula), await freshRegistry());
}
