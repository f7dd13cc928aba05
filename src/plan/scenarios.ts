/**
 * A plan's named scenarios (issue 18): each a set of changes to the plan — numbers set by their path, events added —
 * applied to a copy. The result is checked as any plan is (src/plan/validate.ts), so a scenario can only say what a
 * plan can; its problems carry their paths under scenarios[i].
 */
import { Problem } from "./json-schema";
import { Plan } from "./plan";

type Node = Record<string, unknown> | unknown[];

/** "section22.grants[0].amount" → ["section22", "grants", 0, "amount"]; null when it is not such a path. */
function segments(path: string): (string | number)[] | null {
  if (!/^[A-Za-z_$][\w$]*(\[\d+\])*(\.[A-Za-z_$][\w$]*(\[\d+\])*)*$/.test(path)) return null;
  return path.split(".").flatMap((part) => {
    const [name, ...indexes] = part.split("[");
    return [name, ...indexes.map((i) => Number(i.slice(0, -1)))];
  });
}

function has(node: unknown, key: string | number): boolean {
  return (
    typeof node === "object" &&
    node !== null &&
    (Array.isArray(node)
      ? typeof key === "number" && key < node.length
      : typeof key === "string" && Object.prototype.hasOwnProperty.call(node, key))
  );
}

/**
 * The plan as scenario `index` changes it (without the scenarios themselves), or the problems that stop it: a path
 * that is not a number the plan already holds, events added to a plan without a public-order section.
 */
export function applyScenario(plan: Plan, index: number): { plan: unknown; problems: Problem[] } {
  const scenario = plan.scenarios![index];
  const at = `scenarios[${index}]`;
  // a plan is JSON data, so a JSON round trip copies it (and leaves out the scenarios, set to undefined)
  const copy = JSON.parse(JSON.stringify({ ...plan, scenarios: undefined })) as Record<string, unknown>;
  const problems: Problem[] = [];
  (scenario.set ?? []).forEach((change, j) => {
    const where = `${at}.set[${j}].path`;
    const keys = segments(change.path);
    if (!keys)
      return void problems.push({
        path: where,
        message: `"${change.path}" is not a path such as armedPolicing.afosAvailable or section22.grants[0].amount`,
      });
    let node: unknown = copy;
    for (const k of keys.slice(0, -1)) {
      if (!has(node, k)) return void problems.push({ path: where, message: `the plan has nothing at ${change.path}` });
      node = (node as Node)[k as never];
    }
    const last = keys[keys.length - 1];
    if (!has(node, last) || typeof (node as Node)[last as never] !== "number")
      return void problems.push({
        path: where,
        message: `the plan has no number at ${change.path} (a scenario changes numbers the plan gives)`,
      });
    (node as Record<string | number, unknown>)[last] = change.value;
  });
  if (scenario.addEvents?.length) {
    const po = copy.publicOrder as { events?: unknown[] } | undefined;
    if (!po) problems.push({ path: `${at}.addEvents`, message: "the plan has no publicOrder section to add events to" });
    else po.events = [...(po.events ?? []), ...scenario.addEvents];
  }
  return { plan: copy, problems };
}
