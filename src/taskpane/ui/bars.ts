/**
 * Bars with their value written beside them: a bar chart that fits any pane width. Each bar is a label (which
 * wraps), a bar scaled to the largest value, the value as text, and optionally a short label/value line under it. The
 * bars are drawn in CSS and hidden from assistive technology; the label and the written value carry the meaning.
 * Signed bars grow right from a centre line for positive values and left for negative ones.
 */
import { Child, h } from "../dom";
import { LabelValue, labelValues } from "./label-values";

export interface Bar {
  label: string;
  value: number;
  /** The value as the pane writes it. */
  text: string;
  /** Colour class: "short" (red), "surplus" (green); the accent colour otherwise. */
  tone?: "short" | "surplus";
  detail?: readonly LabelValue[];
}

export interface BarOptions {
  /** Signed values around a centre line (a shortfall/surplus chart) rather than lengths from the left. */
  signed?: boolean;
  /** "above": each label on its own line over its bar, for long labels; "beside": label, bar and value on one line. */
  labels?: "beside" | "above";
}

/** Where a bar starts and how wide it is, in percent of its track: the largest magnitude fills the track (half of it when signed). */
export function barGeometry(value: number, largest: number, signed: boolean): { left: number; width: number } {
  const top = largest > 0 && Number.isFinite(largest) ? largest : 1;
  const share = Number.isFinite(value) ? Math.min(1, Math.abs(value) / top) : 0;
  if (!signed) return { left: 0, width: share * 100 };
  const width = share * 50;
  return { left: value < 0 ? 50 - width : 50, width };
}

export function barList(caption: Child, bars: readonly Bar[], o: BarOptions = {}): HTMLElement {
  const signed = o.signed ?? false;
  const largest = Math.max(0, ...bars.map((b) => (Number.isFinite(b.value) ? Math.abs(b.value) : 0)));
  const pct = (n: number) => `${n.toFixed(2)}%`;
  // every row's value column as wide as the longest value, so the bars of one chart share a scale and a centre line
  const valueWidth = Math.max(0, ...bars.map((b) => b.text.length)) + 1;
  return h(
    "figure",
    { class: `bars bars-${o.labels ?? "beside"}${signed ? " bars-signed" : ""}`, style: `--value-width:${valueWidth}ch` },
    h("figcaption", {}, caption),
    h(
      "ul",
      {},
      ...bars.map((b) => {
        const g = barGeometry(b.value, largest, signed);
        return h(
          "li",
          {},
          h("span", { class: "bar-label" }, b.label),
          h(
            "span",
            { class: "bar-track", "aria-hidden": "true" },
            h("span", { class: `bar${b.tone ? ` bar-${b.tone}` : ""}`, style: `left:${pct(g.left)};width:${pct(g.width)}` }),
          ),
          h("span", { class: "bar-value" }, b.text),
          b.detail ? labelValues(b.detail, "inline") : null,
        );
      }),
    ),
  );
}
