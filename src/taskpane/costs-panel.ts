/**
 * Step 5, continued: when the plan has a costs block, the pane shows what the Costs and Medium term sheets hold — the
 * cost of each requirement and of closing each gap, the recurring cost by year and the Section 22 contributions by
 * year — read from the very sheet models the build wrote, as the uncertainty section does.
 */
import { SheetModel } from "../workbook/model";
import { h } from "./dom";
import { tableCards } from "./uncertainty-panel";

const CAPTIONS: Record<string, string> = {
  SprCosts: "What each requirement costs a year, and closing its gap",
  SprMediumTermCost: "Recurring cost of closing every gap, by year",
  SprS22Years: "Section 22 contributions by force and year",
};

export function renderCosts(root: HTMLElement, models: SheetModel[]): void {
  const tables = models.flatMap((m) =>
    m.tables.filter((t) => t.name in CAPTIONS && t.rows > 0).map((t) => tableCards(m, t, CAPTIONS[t.name])),
  );
  if (tables.length === 0) {
    root.replaceChildren();
    return;
  }
  root.replaceChildren(
    h("h3", { id: "costs-heading", tabindex: "-1" }, "Costs and the medium term"),
    ...tables,
    h(
      "p",
      { class: "hint" },
      "The Costs and Medium term sheets hold the same figures as live formulas; every rate is on the Assumptions sheet with its source.",
    ),
  );
}
