// The functions the fuzz suite calls: every function in the generated metadata, with its parameters. Kept apart from
// the suite so test/registry.test.ts can hold the list to the exported functions without running the fuzzing.
import { generatedMetadata } from "../helpers/registry";
import { MetadataFunction } from "../../src/cli/registry";

export async function fuzzTargets(): Promise<MetadataFunction[]> {
  return (await generatedMetadata()).metadata.functions;
}
