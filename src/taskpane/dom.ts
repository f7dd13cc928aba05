/**
 * The few DOM helpers the pane is built from: elements, labelled fields with a hint and an error slot, and errors
 * set next to the field they concern (aria-invalid, aria-describedby) in plain words.
 */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? "" : v);
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the pane has no element #${id}`);
  return el as T;
}

/** An id safe for HTML from a plan path: publicOrder.events[3].end → f-publicOrder-events-3-end. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_]+/g, "-").replace(/-+$/, "")}`;
}

export interface FieldOptions {
  id: string;
  label: string;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  hint?: string;
  required?: boolean;
  /** The plan path the control edits; errors for that path are shown here. */
  path?: string;
}

/** A label, the control, an optional hint and an error slot, tied together for assistive technology. */
export function field(o: FieldOptions): HTMLDivElement {
  o.control.id = o.id;
  const described: string[] = [];
  const hint = o.hint ? h("p", { class: "hint", id: `${o.id}-hint` }, o.hint) : null;
  if (hint) described.push(hint.id);
  const error = h("p", { class: "error", id: `${o.id}-error`, hidden: true });
  described.push(error.id);
  o.control.setAttribute("aria-describedby", described.join(" "));
  if (o.required) o.control.setAttribute("aria-required", "true");
  const label = h("label", { for: o.id }, o.label, o.required ? h("span", { class: "required" }, " (required)") : null);
  return h("div", { class: "field", "data-path": o.path }, label, hint, o.control, error);
}

/** Shows (or with "" clears) the error of the field or fieldset holding `el`. */
export function setError(container: Element, message: string): void {
  const slot = container.querySelector<HTMLElement>(":scope > .error");
  if (!slot) return;
  slot.textContent = message;
  slot.hidden = message === "";
  const control = container.querySelector(":scope > input, :scope > select, :scope > textarea");
  if (control) {
    if (message) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  }
}

export function clearErrors(root: Element): void {
  root.querySelectorAll<HTMLElement>(".error").forEach((e) => {
    e.textContent = "";
    e.hidden = true;
  });
  root.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
}

/** A button; `kind` "primary" for the one main action of a section. */
export function button(
  text: string,
  onClick: () => void,
  kind: "primary" | "secondary" = "secondary",
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const b = h("button", { type: "button", class: `btn btn-${kind}`, ...attrs }, text);
  b.addEventListener("click", onClick);
  return b;
}
