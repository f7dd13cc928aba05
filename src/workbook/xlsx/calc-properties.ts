/**
 * The workbook's calculation properties, which ExcelJS writes with an old calcId (and fullCalcOnLoad when asked).
 *
 * ECMA-376 Part 1 §18.2.2 (calcPr): an application recalculates in full on open a workbook marked fullCalcOnLoad, and
 * Excel does the same for one whose calcId is older than its own calculation engine ([MS-XLSB] 2.4.315 BrtCalcProp and
 * [MS-XLS] 2.4.215 RecalcId say the same of recalcID). Without the add-in, a full
 * recalculation turns every SPR figure into #NAME? (office-js issues #5754 and #6395), and even with it a function
 * registered late can leave #NAME? behind. So the file carries the current engine's calcId and no fullCalcOnLoad:
 * Excel keeps the cached values, which are the engine's own, until the user changes an input.
 */
import JSZip from "jszip";

/** The calcId Excel 365 (and Excel 2019 and 2021) writes: its calculation engine's identifier. */
export const CURRENT_CALC_ID = 191029;

const CALC_PR = /<calcPr\b[^>]*\/>/;

/** The calcPr element the product writes. */
export function calcPrXml(): string {
  return `<calcPr calcId="${CURRENT_CALC_ID}"/>`;
}

/** workbook.xml with its calcPr replaced by ours (or ours added after the sheets and defined names). */
export function withCalcProperties(workbookXml: string): string {
  if (CALC_PR.test(workbookXml)) return workbookXml.replace(CALC_PR, calcPrXml());
  // CT_Workbook order: calcPr follows definedNames (or sheets when there are none)
  const at = workbookXml.includes("</definedNames>")
    ? workbookXml.indexOf("</definedNames>") + "</definedNames>".length
    : workbookXml.indexOf("</sheets>") + "</sheets>".length;
  return workbookXml.slice(0, at) + calcPrXml() + workbookXml.slice(at);
}

/** Gives the package the product's calculation properties. */
export async function setCalcProperties(zip: JSZip): Promise<void> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", withCalcProperties(wb));
}
