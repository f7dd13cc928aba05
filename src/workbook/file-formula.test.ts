import { fromFileFormula, toFileFormula } from "./file-formula";

describe("custom functions as Excel stores them in a file", () => {
  it("prefixes every SPR call, including one directly inside another's brackets", () => {
    expect(toFileFormula("SPR.PSUGAP(A1)")).toBe("_xldudf_SPR_PSUGAP(A1)");
    expect(toFileFormula("INDEX(SPR.SIMSTATS(SPR.ARVSIM(Inputs!$C$5,2),4),1,2)")).toBe(
      "INDEX(_xldudf_SPR_SIMSTATS(_xldudf_SPR_ARVSIM(Inputs!$C$5,2),4),1,2)",
    );
    expect(toFileFormula("SUM(SPR.GAP(1,2),SPR.GAP(3,4))")).toBe("SUM(_xldudf_SPR_GAP(1,2),_xldudf_SPR_GAP(3,4))");
    // not a call of ours: a longer name ending in SPR, or a reference
    expect(toFileFormula("XSPR.GAP(1)")).toBe("XSPR.GAP(1)");
  });

  it("reads back what it writes", () => {
    const f = "INDEX(SPR.HISTOGRAM(SPR.PSUSIM('Public order'!$B$19,Uncertainty!$B$8:$B$12),12),3,1)";
    expect(fromFileFormula(toFileFormula(f))).toBe(f);
  });

  it("stores the spill operator as _xlfn.ANCHORARRAY and CHOOSECOLS with its _xlfn. prefix, and reads them back", () => {
    const f = "SPR.PEAKCONCURRENT('Public order'!$B$10:$B$12,'Public order'!$C$10:$C$12,'Public order'!$F$10#)";
    expect(toFileFormula(f)).toBe(
      "_xldudf_SPR_PEAKCONCURRENT('Public order'!$B$10:$B$12,'Public order'!$C$10:$C$12,_xlfn.ANCHORARRAY('Public order'!$F$10))",
    );
    expect(fromFileFormula(toFileFormula(f))).toBe(f);
    const g = "CHOOSECOLS(SPR.SIMSTATS(SPR.ARVSIM(Inputs!$C$5,2),C9),1,2,6)";
    expect(toFileFormula(g)).toBe("_xlfn.CHOOSECOLS(_xldudf_SPR_SIMSTATS(_xldudf_SPR_ARVSIM(Inputs!$C$5,2),C9),1,2,6)");
    expect(fromFileFormula(toFileFormula(g))).toBe(g);
    expect(toFileFormula("Summary!A1#")).toBe("_xlfn.ANCHORARRAY(Summary!A1)");
  });
});
