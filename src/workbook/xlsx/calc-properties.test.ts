import { CURRENT_CALC_ID, withCalcProperties } from "./calc-properties";

describe("the workbook's calculation properties", () => {
  it("replaces ExcelJS's calcPr (old calcId, fullCalcOnLoad) with the current engine's and no full calculation", () => {
    const wb = `<workbook><sheets><sheet name="A"/></sheets><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`;
    expect(withCalcProperties(wb)).toBe(`<workbook><sheets><sheet name="A"/></sheets><calcPr calcId="191029"/></workbook>`);
    expect(CURRENT_CALC_ID).toBe(191029);
  });

  it("adds calcPr after the defined names, or after the sheets, when there is none", () => {
    expect(withCalcProperties(`<workbook><sheets/><definedNames><definedName name="x"/></definedNames></workbook>`)).toBe(
      `<workbook><sheets/><definedNames><definedName name="x"/></definedNames><calcPr calcId="191029"/></workbook>`,
    );
    expect(withCalcProperties(`<workbook><sheets></sheets></workbook>`)).toBe(
      `<workbook><sheets></sheets><calcPr calcId="191029"/></workbook>`,
    );
  });
});
