/**
 * A vertical label/value list (a <dl>): the pane's answer to a table too wide for a 320 px column. Labels and values
 * wrap; nothing is cut off. Used by the summary cards, the uncertainty section and any later section.
 */
import { Child, h } from "../dom";

/** One line of a label/value list: the label, then the value (text or an element). */
export type LabelValue = readonly [label: string, value: Child];

/** `inline` sets the pairs side by side, wrapping, for a short secondary line under a bar. */
export function labelValues(pairs: readonly LabelValue[], kind: "list" | "inline" = "list"): HTMLDListElement {
  return h(
    "dl",
    { class: kind === "inline" ? "lv lv-inline" : "lv" },
    ...pairs.map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, value))),
  );
}
