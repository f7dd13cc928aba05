/**
 * Stacked cards: one card per row (or per column) of what would be a wide table, each a heading, an optional badge
 * and a label/value list. A list of cards reads top to bottom in any pane width.
 */
import { Child, h } from "../dom";
import { LabelValue, labelValues } from "./label-values";

export interface Card {
  title: string;
  /** A small line above the title (for example the capability area). */
  kicker?: string;
  /** A short element under the title (for example the RAG). */
  badge?: Child;
  pairs: readonly LabelValue[];
}

/** A list of cards named `label` for assistive technology; the card titles are headings of level `level`. */
export function cardList(
  label: string,
  cards: readonly Card[],
  level: "h3" | "h4" = "h3",
  attrs: Record<string, string> = {},
): HTMLUListElement {
  return h(
    "ul",
    { class: "cards", "aria-label": label, ...attrs },
    ...cards.map((c) =>
      h(
        "li",
        { class: "card" },
        h(level, {}, c.kicker ? h("span", { class: "area" }, c.kicker) : null, c.kicker ? " " : null, c.title),
        c.badge ? h("p", {}, c.badge) : null,
        labelValues(c.pairs),
      ),
    ),
  );
}
