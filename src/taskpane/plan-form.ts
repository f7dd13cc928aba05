/**
 * The inputs form, drawn from the plan schema: an optional section is a fieldset with an "Include" box, a number a
 * text box that reads numbers as planners type them, a choice a select, a fixed list (trained officers by role, OCGs
 * by band) one box per item, a list of records (events, budget lines) rows with Add and Remove. Every control edits
 * the draft plan at the path the validator reports, so a problem is shown next to the field it concerns.
 */
import { JsonSchema } from "../plan/json-schema";
import { PLAN_SCHEMA } from "../plan/plan-schema";
import { button, field, fieldId, h, setError } from "./dom";
import { Draft, PathPart, getPath, pathText, readNumber, removeAt, setPath } from "./draft";
import { inSentence, itemLabels, itemName, labelOf } from "./labels";

export interface FormHooks {
  draft(): Draft;
  /** After a structural change (a section included, a row added): draw the form again. */
  rerender(focusId?: string): void;
  /** Problems found while typing (a number that is not one), by path, until fixed. */
  local: Map<string, string>;
}

/** Fields the pane edits elsewhere (organisation and year, assumptions) or never (schema bookkeeping). */
const ELSEWHERE = new Set(["$schema", "planVersion", "organisation", "financialYear", "assumptions"]);

function keyOf(path: PathPart[]): string {
  return String([...path].reverse().find((p) => typeof p === "string") ?? "");
}

/** A share or probability: bounded by 0 and 1 (either bound may be exclusive, as the argument rules set them). */
function isFraction(s: JsonSchema): boolean {
  return (s.minimum ?? s.exclusiveMinimum) === 0 && (s.maximum ?? s.exclusiveMaximum) === 1;
}

function numberBox(path: PathPart[], schema: JsonSchema, label: string, required: boolean, hooks: FormHooks): HTMLElement {
  const p = pathText(path);
  const integer = schema.type === "integer";
  const current = getPath(hooks.draft(), path);
  const input = h("input", {
    type: "text",
    inputmode: integer ? "numeric" : "decimal",
    autocomplete: "off",
    value: current === undefined || current === null ? "" : String(current),
  });
  const hint = [
    schema.description,
    isFraction(schema) ? "A fraction between 0 and 1 (or a percentage such as 25%)." : "",
    required ? "" : "Optional: leave blank for the default.",
  ]
    .filter(Boolean)
    .join(" ");
  const wrap = field({ id: fieldId(p), label, control: input, hint: hint || undefined, required, path: p });
  input.addEventListener("change", () => {
    const r = readNumber(input.value, { integer, fraction: isFraction(schema) });
    if (r.ok) {
      hooks.local.delete(p);
      setPath(hooks.draft(), path, r.value);
      setError(wrap, "");
    } else {
      hooks.local.set(p, r.message);
      setPath(hooks.draft(), path, input.value);
      setError(wrap, r.message);
    }
  });
  return wrap;
}

function textBox(path: PathPart[], schema: JsonSchema, label: string, required: boolean, hooks: FormHooks): HTMLElement {
  const p = pathText(path);
  const current = getPath(hooks.draft(), path);
  const example = schema.examples?.[0] ? `For example ${schema.examples[0]}.` : "";
  const input = h("input", { type: "text", autocomplete: "off", value: typeof current === "string" ? current : "" });
  input.addEventListener("change", () => setPath(hooks.draft(), path, input.value.trim() === "" ? undefined : input.value.trim()));
  return field({
    id: fieldId(p),
    label,
    control: input,
    hint: [schema.description, example].filter(Boolean).join(" ") || undefined,
    required,
    path: p,
  });
}

function choice(path: PathPart[], schema: JsonSchema, label: string, required: boolean, hooks: FormHooks): HTMLElement {
  const p = pathText(path);
  const current = getPath(hooks.draft(), path);
  const select = h(
    "select",
    {},
    required ? null : h("option", { value: "" }, "(not set)"),
    ...(schema.enum ?? []).map((v) => h("option", { value: String(v), selected: v === current }, String(v))),
  );
  select.addEventListener("change", () => setPath(hooks.draft(), path, select.value === "" ? undefined : select.value));
  return field({ id: fieldId(p), label, control: select, hint: schema.description, required, path: p });
}

function group(path: PathPart[], legend: string, description: string | undefined, ...body: (Node | null)[]): HTMLFieldSetElement {
  const p = pathText(path);
  const error = h("p", { class: "error", id: `${fieldId(p)}-error`, hidden: true });
  return h(
    "fieldset",
    { class: "group", id: fieldId(p), "data-path": p, "aria-describedby": error.id },
    h("legend", {}, legend),
    description ? h("p", { class: "hint" }, description) : null,
    error,
    ...body,
  );
}

function fixedList(path: PathPart[], schema: JsonSchema, label: string, hooks: FormHooks): HTMLElement {
  const items = itemLabels(keyOf(path), schema);
  return group(
    path,
    label,
    schema.description,
    h("div", { class: "tuple" }, ...items.map((l, i) => node([...path, i], schema.items!, true, hooks, l))),
  );
}

function records(path: PathPart[], schema: JsonSchema, label: string, hooks: FormHooks): HTMLElement {
  const list = getPath(hooks.draft(), path);
  const rows = Array.isArray(list) ? list : [];
  const name = itemName(keyOf(path));
  const p = pathText(path);
  const add = button(`Add ${inSentence(name)}`, () => {
    setPath(hooks.draft(), [...path, rows.length], {});
    hooks.rerender(fieldId(pathText([...path, rows.length])));
  });
  const body = rows.map((_, i) => {
    const remove = button(`Remove ${inSentence(name)} ${i + 1}`, () => {
      removeAt(hooks.draft(), path, i);
      hooks.rerender(`${fieldId(p)}-add`);
    });
    return group([...path, i], `${name} ${i + 1}`, undefined, ...objectFields([...path, i], schema.items!, hooks), remove);
  });
  add.id = `${fieldId(p)}-add`;
  return group(
    path,
    label,
    schema.description,
    ...body,
    rows.length ? null : h("p", { class: "hint" }, `No ${inSentence(label)} yet.`),
    add,
  );
}

function objectFields(path: PathPart[], schema: JsonSchema, hooks: FormHooks): HTMLElement[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([k]) => !(path.length === 0 && ELSEWHERE.has(k)))
    .map(([k, s]) => node([...path, k], s, required.has(k), hooks));
}

function section(path: PathPart[], schema: JsonSchema, label: string, required: boolean, hooks: FormHooks): HTMLElement {
  const present = getPath(hooks.draft(), path) !== undefined;
  if (required) return group(path, label, schema.description, ...objectFields(path, schema, hooks));
  const id = `${fieldId(pathText(path))}-include`;
  const box = h("input", { type: "checkbox", id, checked: present });
  box.addEventListener("change", () => {
    setPath(hooks.draft(), path, box.checked ? {} : undefined);
    hooks.rerender(id);
  });
  const include = h("div", { class: "check" }, box, h("label", { for: id }, `Include ${inSentence(label)}`));
  return group(path, label, schema.description, include, ...(present ? objectFields(path, schema, hooks) : []));
}

function node(path: PathPart[], schema: JsonSchema, required: boolean, hooks: FormHooks, label = labelOf(keyOf(path))): HTMLElement {
  if (schema.type === "object") return section(path, schema, label, required, hooks);
  if (schema.type === "array" && schema.items?.type === "object") return records(path, schema, label, hooks);
  if (schema.type === "array" && schema.minItems !== undefined && schema.minItems === schema.maxItems)
    return fixedList(path, schema, label, hooks);
  if (schema.enum) return choice(path, schema, label, required, hooks);
  if (schema.type === "number" || schema.type === "integer") return numberBox(path, schema, label, required, hooks);
  return textBox(path, schema, label, required, hooks);
}

/** Draws every part of the plan the form edits into `root`. */
export function renderPlanForm(root: HTMLElement, hooks: FormHooks): void {
  root.replaceChildren(...objectFields([], PLAN_SCHEMA, hooks));
}
