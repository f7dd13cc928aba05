/**
 * The plan file, as TypeScript sees it once it has passed validation: derived from the schema (./plan-schema.ts),
 * which holds every field, its rules and its description. Add a field there; its type follows.
 */
import { Accepts } from "./json-schema";
import { PLAN_SCHEMA } from "./plan-schema";

export type Plan = Accepts<typeof PLAN_SCHEMA>;
export type PlanEvent = NonNullable<NonNullable<Plan["publicOrder"]>["events"]>[number];
export type Risk = PlanEvent["risk"];
