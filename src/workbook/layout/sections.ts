/**
 * The capability sections of the planning workbook, in sheet order. Each lays out its own sheet, adds its inputs
 * and assumptions through the context, and adds its requirement-against-capacity lines to the Summary.
 */
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { LayoutContext, SheetKey } from "./context";

export interface Section {
  sheet: SheetKey;
  applies(plan: Plan): boolean;
  layout(ctx: LayoutContext): SheetModel;
}

import { ARMED_POLICING_SECTION } from "./armed-policing";
import { CAPABILITIES_SECTION } from "./capabilities";
import { COSTS_SECTION, MEDIUM_TERM_SECTION } from "./costs";
import { PUBLIC_ORDER_SECTION } from "./public-order";
import { ROLLUP_SECTION } from "./rollup";
import { SCENARIOS_SECTION } from "./scenarios";
import { SECTION22_SECTION } from "./section22";
import { SOC_SECTION } from "./soc";
import { UNCERTAINTY_SECTION } from "./uncertainty";

// Uncertainty comes last: it reads the inputs the other sections publish.
// Costs and Medium term price the lines the capacity sections added to the Summary, and read the Section 22 inputs.
export const SECTIONS: Section[] = [
  PUBLIC_ORDER_SECTION,
  ARMED_POLICING_SECTION,
  SOC_SECTION,
  CAPABILITIES_SECTION,
  SECTION22_SECTION,
  COSTS_SECTION,
  MEDIUM_TERM_SECTION,
  ROLLUP_SECTION,
  SCENARIOS_SECTION,
  UNCERTAINTY_SECTION,
];
