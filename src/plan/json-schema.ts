import type { NumberRule } from "../core/args";
import { firstNonXmlChar } from "../workbook/xml-text";

/**
 * A small JSON Schema validator for the subset the plan schema uses (type, properties, required,
 * additionalProperties: false, items, minItems, maxItems, minimum, maximum, exclusiveMinimum, exclusiveMaximum, enum,
 * pattern, minLength, maxLength). Beyond the schema, no text may hold a character XML cannot (../workbook/xml-text.ts):
 * plan text ends up in the workbook's XML parts. Field names are looked up as own properties only, so "constructor" or
 * "__proto__" is an unknown field like any other. The plan schema is written once as data (./plan-schema.ts), published as
 * schema/plan.schema.json for editors, and checked here with messages that carry the path in the file.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean";
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: (string | number)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  examples?: unknown[];
}

/**
 * A schema that carries, for TypeScript alone, the type of the values it accepts: the plan's types are derived from
 * its schema (`Accepts<typeof PLAN_SCHEMA>`), so a field is added in one place. `__accepts` never exists at run time.
 */
export interface Typed<T> extends JsonSchema {
  readonly __accepts?: T;
}

/** The type of the values a typed schema accepts. */
export type Accepts<S> = S extends Typed<infer T> ? T : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Fields = Record<string, Typed<unknown>>;
type ObjectOf<P extends Fields, R extends keyof P> = Simplify<
  { -readonly [K in R]: Accepts<P[K]> } & { -readonly [K in Exclude<keyof P, R>]?: Accepts<P[K]> }
>;

/** An object with exactly these fields, the `required` ones required. */
export function objectSchema<P extends Fields, const R extends readonly (keyof P & string)[] = []>(
  properties: P,
  required?: R,
  description?: string,
): Typed<ObjectOf<P, R[number]>> {
  return {
    type: "object",
    additionalProperties: false,
    required: [...(required ?? [])],
    properties,
    ...(description ? { description } : {}),
  };
}

/** A list of items, from minItems to maxItems long. */
export function listSchema<T>(items: Typed<T>, minItems: number, maxItems: number): Typed<T[]> {
  return { type: "array", items, minItems, maxItems };
}

/** An object of any keys, each value accepted by `values`. */
export function recordSchema<T>(values: Typed<T>, description?: string): Typed<Record<string, T>> {
  return { type: "object", additionalProperties: values, ...(description ? { description } : {}) };
}

/** One of a fixed list of words (or numbers). */
export function choiceSchema<const E extends string | number>(values: readonly E[], description?: string): Typed<E> {
  return { type: typeof values[0] === "number" ? "integer" : "string", enum: [...values], ...(description ? { description } : {}) };
}

/** Text, with the constraints given. */
export function textSchema(constraints: Omit<JsonSchema, "type"> = {}): Typed<string> {
  return { type: "string", ...constraints };
}

/** The schema of a number read by an argument rule: the same bounds, so the plan and the engine cannot disagree. */
export function numberSchema(rule: NumberRule, description?: string): Typed<number> {
  return {
    type: rule.integer ? "integer" : "number",
    ...(rule.min === undefined ? {} : rule.above ? { exclusiveMinimum: rule.min } : { minimum: rule.min }),
    ...(rule.max === undefined ? {} : rule.below ? { exclusiveMaximum: rule.max } : { maximum: rule.max }),
    ...(description ? { description } : {}),
  };
}

export interface Problem {
  path: string;
  message: string;
}

/** A path as the validator prints it: `a.b[3].c`; a key that is not a plain name is quoted (`a["x.y"]`), so no key
 * can forge a path or put a control character on the terminal. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key))
    return `${base}[${JSON.stringify(key.length > 60 ? key.slice(0, 60) + "…" : key).replace(/[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}]`;
  return base ? `${base}.${key}` : key;
}

function own<T>(o: Record<string, T> | undefined, key: string): T | undefined {
  return o && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return "text";
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "NaN (not a number)" : "a number too large to hold";
  return `a ${typeof v}`;
}

const WANTED: Record<string, string> = {
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
};

export function validateAgainst(schema: JsonSchema, value: unknown, path = "", out: Problem[] = []): Problem[] {
  const at = path || "(plan)";
  const t = schema.type;
  if (t) {
    const ok =
      (t === "object" && typeof value === "object" && value !== null && !Array.isArray(value)) ||
      (t === "array" && Array.isArray(value)) ||
      (t === "string" && typeof value === "string") ||
      (t === "boolean" && typeof value === "boolean") ||
      (t === "number" && typeof value === "number" && Number.isFinite(value)) ||
      (t === "integer" && typeof value === "number" && Number.isInteger(value));
    if (!ok) {
      out.push({ path: at, message: `expected ${WANTED[t]}, found ${typeName(value)}` });
      return out;
    }
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    out.push({
      path: at,
      message: `expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}, found ${JSON.stringify(value)}`,
    });
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum)
      out.push({ path: at, message: `expected at least ${schema.minimum}, found ${value}` });
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
      out.push({ path: at, message: `expected more than ${schema.exclusiveMinimum}, found ${value}` });
    if (schema.maximum !== undefined && value > schema.maximum)
      out.push({ path: at, message: `expected at most ${schema.maximum}, found ${value}` });
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
      out.push({ path: at, message: `expected less than ${schema.exclusiveMaximum}, found ${value}` });
  }
  if (typeof value === "string") {
    const bad = firstNonXmlChar(value);
    if (bad) out.push({ path: at, message: `holds a control or non-character (${bad}) that a workbook cannot hold; remove it` });
    if (schema.minLength !== undefined && value.length < schema.minLength)
      out.push({ path: at, message: value.length === 0 ? "is empty" : `expected at least ${schema.minLength} characters` });
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      out.push({ path: at, message: `expected at most ${schema.maxLength} characters, found ${value.length}` });
    if (schema.pattern && !new RegExp(schema.pattern).test(value))
      out.push({
        path: at,
        message: `${JSON.stringify(value.slice(0, 40))} is not in the expected form${schema.examples ? ` (for example ${JSON.stringify(schema.examples[0])})` : ""}`,
      });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      out.push({
        path: at,
        message: `expected at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}, found ${value.length}`,
      });
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      out.push({ path: at, message: `expected at most ${schema.maxItems} items, found ${value.length}` });
    if (schema.items && value.length <= (schema.maxItems ?? Infinity))
      value.forEach((v, i) => validateAgainst(schema.items!, v, joinPath(path, i), out));
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!Object.prototype.hasOwnProperty.call(obj, key)) out.push({ path: joinPath(path, key), message: "is missing" });
    let unknown: string | undefined; // the message for an unknown field, written once per object
    for (const [key, v] of Object.entries(obj)) {
      const sub = own(schema.properties, key);
      if (sub) validateAgainst(sub, v, joinPath(path, key), out);
      else if (schema.additionalProperties === false)
        out.push({
          path: joinPath(path, key),
          message:
            (unknown ??= `is not a known field${schema.properties ? ` (expected ${Object.keys(schema.properties).join(", ")})` : ""}`),
        });
      else if (typeof schema.additionalProperties === "object") validateAgainst(schema.additionalProperties, v, joinPath(path, key), out);
    }
  }
  return out;
}
