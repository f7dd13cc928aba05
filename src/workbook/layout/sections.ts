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

export const SECTIONS: Section[] = [];
