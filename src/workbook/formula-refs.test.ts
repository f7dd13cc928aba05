import fc from "fast-check";
import { formulaRefs, replaceRefs, retargetSheets, sprFunctions } from "./formula-refs";
import { address, sheetRef } from "./model";

describe("formula references", () => {
  it("finds sheet-qualified and local references, single cells and blocks", () => {
    expect(formulaRefs("=SPR.RAG(Summary!$C$5,'Public order'!$C$10:$D$12,Assumptions!$B$5)")).toEqual([
      { sheet: "Summary", row: 4, col: 2, rows: 1, cols: 1 },
      { sheet: "Public order", row: 9, col: 2, rows: 3, cols: 2 },
      { sheet: "Assumptions", row: 4, col: 1, rows: 1, cols: 1 },
    ]);
    expect(formulaRefs("=C5-D5")).toEqual([
      { sheet: null, row: 4, col: 2, rows: 1, cols: 1 },
      { sheet: null, row: 4, col: 3, rows: 1, cols: 1 },
    ]);
    // AA10 is column 27 (index 26)
    expect(formulaRefs("='It''s'!AA10")).toEqual([{ sheet: "It's", row: 9, col: 26, rows: 1, cols: 1 }]);
  });

  it("takes no function name, number or string literal for a reference", () => {
    expect(formulaRefs('=SPR.PSU2(LOG10(5),"Inputs!C5",1.5,TRUE)')).toEqual([]);
    expect(formulaRefs("=INDEX(SPR.ALLOCATE(10,Inputs!$C$5:$C$7),2,1)")).toEqual([{ sheet: "Inputs", row: 4, col: 2, rows: 3, cols: 1 }]);
  });

  it("lists the SPR functions a formula calls, once each", () => {
    expect(sprFunctions('=INDEX(SPR.ALLOCATE(SPR.gap(A1,B1),C1:C3),1,1)+SPR.GAP(A2,B2)&"SPR.RAG("')).toEqual(["ALLOCATE", "GAP"]);
  });

  it("points references at other sheets, quoting names that need it, leaving strings alone", () => {
    const rename = new Map([
      ["Inputs", "SPR incomplete 2"],
      ["public order", "PO"],
    ]);
    expect(retargetSheets("=SPR.GAP('Public order'!$C$5,Inputs!C6)&\"Inputs!C5\"&MyInputs!A1", rename)).toBe(
      "=SPR.GAP(PO!$C$5,'SPR incomplete 2'!C6)&\"Inputs!C5\"&MyInputs!A1",
    );
  });

  it("reads back every reference the layout writes, and retargeting there and back is the identity", () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 '()_-]{0,20}$/);
    const ref = fc.record({
      sheet: name,
      row: fc.nat(9999),
      col: fc.nat(700),
      rows: fc.integer({ min: 1, max: 50 }),
      cols: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(ref, { minLength: 1, maxLength: 5, selector: (r) => r.sheet.toLowerCase() }), name, (refs, other) => {
        const text = (r: { sheet: string; row: number; col: number; rows: number; cols: number }) =>
          `${sheetRef(r.sheet)}!${address(r.row, r.col, true)}${r.rows * r.cols > 1 ? `:${address(r.row + r.rows - 1, r.col + r.cols - 1, true)}` : ""}`;
        const formula = `=SPR.X(${refs.map(text).join(",")})`;
        expect(formulaRefs(formula)).toEqual(refs);
        // "~" is outside the generated names, so the temporary name clashes with none of them
        const there = retargetSheets(formula, new Map([[refs[0].sheet, `${other}~`]]));
        expect(formulaRefs(there)[0].sheet).toBe(`${other}~`);
        expect(retargetSheets(there, new Map([[`${other}~`, refs[0].sheet]]))).toBe(formula);
      }),
    );
  });

  it("replaces each reference, a spill reference with its #, and leaves string literals alone", () => {
    const seen: string[] = [];
    const out = replaceRefs("SPR.GAP(S!$A$2:$A$4,'Section 22'!$B$2#,\"A1\")", (r, spill) => {
      seen.push(`${r.sheet}:${r.row},${r.col} ${r.rows}x${r.cols}${spill ? "#" : ""}`);
      return spill ? "{4;3;3}" : "{1;1;1}";
    });
    expect(out).toBe('SPR.GAP({1;1;1},{4;3;3},"A1")');
    expect(seen).toEqual(["S:1,0 3x1", "Section 22:1,1 1x1#"]);
  });
});
