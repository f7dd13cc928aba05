/**
 * Step 2: every planning assumption in the registry, with its default, unit, source (or the plain statement that it
 * is illustrative) and reasoning, and a box for the force's own figure. A blank box keeps the default; the workbook's
 * Assumptions sheet then says "default", otherwise "plan".
 */
import { ASSUMPTIONS, sourceOf } from "../core/assumptions/registry";
import { field, fieldId, h, setError } from "./dom";
import { Draft, getPath, readNumber, setPath } from "./draft";

const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });

export function renderAssumptions(root: HTMLElement, draft: () => Draft, local: Map<string, string>): void {
  const items = ASSUMPTIONS.map((a) => {
    const path = `assumptions.${a.key}`;
    const current = getPath(draft(), ["assumptions", a.key]);
    const input = h("input", {
      type: "text",
      inputmode: "decimal",
      autocomplete: "off",
      value: current === undefined ? "" : String(current),
    });
    const status = h("span", { class: "status" });
    const showStatus = () => {
      const v = getPath(draft(), ["assumptions", a.key]);
      status.textContent =
        typeof v === "number"
          ? `Your figure: ${NUMBER.format(v)} (default ${NUMBER.format(a.value)})`
          : `Using the default: ${NUMBER.format(a.value)}`;
    };
    const hint = `Default ${NUMBER.format(a.value)} ${a.unit}. ${a.illustrative ? sourceOf(a) + "." : `Source: ${a.source}.`} ${a.reasoning} Leave blank to use the default.`;
    const wrap = field({ id: fieldId(path), label: `${a.key} (${a.unit})`, control: input, hint, path });
    wrap.classList.add("assumption");
    if (a.illustrative) wrap.querySelector("label")!.append(" ", h("span", { class: "badge" }, "Illustrative"));
    wrap.append(status);
    showStatus();
    input.addEventListener("change", () => {
      const r = readNumber(input.value);
      if (r.ok) {
        local.delete(path);
        setPath(draft(), ["assumptions", a.key], r.value);
        const left = getPath(draft(), ["assumptions"]);
        if (left && typeof left === "object" && Object.keys(left).length === 0) setPath(draft(), ["assumptions"], undefined);
        setError(wrap, "");
      } else {
        local.set(path, r.message);
        setPath(draft(), ["assumptions", a.key], input.value);
        setError(wrap, r.message);
      }
      showStatus();
    });
    return wrap;
  });
  const error = h("p", { class: "error", id: "f-assumptions-error", hidden: true });
  root.replaceChildren(h("div", { "data-path": "assumptions", id: "f-assumptions" }, error, ...items));
}
