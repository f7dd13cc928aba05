/**
 * Plan problems shown where they belong: each next to the field at its path (or the nearest section holding it), in
 * plain words, and listed once at the top with a link to each field.
 */
import { Problem } from "../plan/json-schema";
import { setError } from "./dom";
import { parsePath, pathText } from "./draft";

const PLAIN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^is (missing|empty)$/, () => "This is required."],
  [/^expected at least (\S+), found (\S+)$/, (m) => `Must be at least ${m[1]} (it is ${m[2]}).`],
  [/^expected more than (\S+), found (\S+)$/, (m) => `Must be more than ${m[1]} (it is ${m[2]}).`],
  [/^expected at most (\S+), found (\S+)$/, (m) => `Must be at most ${m[1]} (it is ${m[2]}).`],
  [/^expected a whole number, found .*$/, () => "Enter a whole number, for example 12."],
  [/^expected a number, found .*$/, () => "Enter a number, for example 12 or 2.5."],
  [/^expected text, found .*$/, () => "Enter some text."],
];

/** The validator's message in the words a planner would use. */
export function plainMessage(message: string): string {
  for (const [re, say] of PLAIN) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

export interface ShownProblem {
  /** The id of the control (or group) to move focus to. */
  target: string;
  label: string;
  message: string;
}

function holder(root: Element, path: string): Element | null {
  const parts = parsePath(path);
  for (let n = parts.length; n >= 0; n--) {
    const el = root.querySelector(`[data-path="${CSS.escape(pathText(parts.slice(0, n)))}"]`);
    if (el) return el;
  }
  return null;
}

function labelText(el: Element): string {
  const l = el.querySelector(":scope > label, :scope > legend");
  return (l?.textContent ?? "").replace(/\s*\(required\)$/, "").trim();
}

/** Shows each problem next to its field; returns them in page order for the list at the top. */
export function showProblems(root: Element, problems: Problem[]): ShownProblem[] {
  const byHolder = new Map<Element, string[]>();
  const shown: ShownProblem[] = [];
  for (const p of problems) {
    const el = holder(root, p.path);
    const message = plainMessage(p.message);
    if (!el) {
      shown.push({ target: "", label: p.path, message });
      continue;
    }
    byHolder.set(el, [...(byHolder.get(el) ?? []), el.getAttribute("data-path") === p.path ? message : `${p.path}: ${message}`]);
  }
  for (const [el, messages] of byHolder) {
    setError(el, messages.join(" "));
    const control = el.querySelector<HTMLElement>(":scope > input, :scope > select, :scope > textarea");
    shown.push({ target: control?.id ?? el.id, label: labelText(el), message: messages.join(" ") });
  }
  const position = new Map(Array.from(root.querySelectorAll("[id]")).map((el, i) => [el.id, i]));
  const order = (id: string) => position.get(id) ?? -1;
  return shown.sort((a, b) => order(a.target) - order(b.target));
}
