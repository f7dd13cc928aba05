import { ASSUMPTIONS, assumptionsTable, findAssumption } from "../assumptions/registry";
import { STANDARDS, findStandard, standardValue, standardsTable } from "./registry";

describe("the standards registry", () => {
  it("holds the SPR's public-order figures with their paragraphs (120a–c)", () => {
    expect(findStandard("PSU_NATIONAL_EW")).toMatchObject({ value: 297, paragraph: "120a" });
    expect(findStandard("PSU_LONDON")).toMatchObject({ value: 75, paragraph: "120a" });
    expect(findStandard("BDU_NATIONAL")).toMatchObject({ value: 234, paragraph: "120b" });
    expect(findStandard("AEP_TEAMS_PER_REGION")).toMatchObject({ value: 2, paragraph: "120c" });
    expect(findStandard("AEP_TEAMS_NATIONAL")).toMatchObject({ value: 18, paragraph: "120c" });
  });

  it("holds unit compositions that add up to the SPR's unit sizes (122a–c)", () => {
    const sum = (keys: string[]) => keys.reduce((a, k) => a + findStandard(k).value, 0);
    expect(sum(["PSU_INSPECTORS", "PSU_SERGEANTS", "PSU_CONSTABLES", "PSU_DRIVERS"])).toBe(25);
    expect(sum(["BDU_INSPECTORS", "BDU_SERGEANTS", "BDU_CONSTABLES"])).toBe(22);
    expect(sum(["AEP_TEAM_COMMANDERS", "AEP_TEAM_DRIVERS", "AEP_TEAM_OFFICERS"])).toBe(6);
    // two AEP teams in each of nine regions is the 18 of paragraph 120c
    expect(findStandard("AEP_TEAMS_PER_REGION").value * findStandard("MOBILISATION_REGIONS").value).toBe(
      findStandard("AEP_TEAMS_NATIONAL").value,
    );
  });

  it("holds the SOC and ROCU figures of paragraphs 72–84", () => {
    expect(findStandard("ROCU_GROWTH_OFFICERS")).toMatchObject({ value: 725, paragraph: "77" });
    expect(findStandard("ROCU_FRAUD_POSTS")).toMatchObject({ value: 124, paragraph: "77" });
    expect(findStandard("FRAUD_INVESTMENT_GBP")).toMatchObject({ value: 100_000_000, paragraph: "72" });
    expect(findStandard("FORCE_SOC_CORE_CAPABILITIES").value).toBe(7);
    expect(findStandard("ROCU_CORE_CAPABILITIES").value).toBe(11);
  });

  it("has unique upper-case keys, each with a unit, a paragraph and a sentence", () => {
    const keys = STANDARDS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of STANDARDS) {
      expect(s.key).toMatch(/^[A-Z0-9_]+$/);
      expect(s.unit).not.toBe("");
      expect(s.paragraph).toMatch(/^\d/);
      expect(s.text.length).toBeGreaterThan(10);
    }
  });

  it("suggests the nearest keys for an unknown one", () => {
    expect(() => findStandard("PSU_NATIONL")).toThrow(/^key: no SPR standard "PSU_NATIONL"; nearest keys: .*PSU_NATIONAL_EW/);
  });

  it("takes revised figures from an override table (footnote 61)", () => {
    expect(standardValue("PSU_NATIONAL_EW", new Map([["PSU_NATIONAL_EW", 300]]))).toBe(300);
    expect(standardValue("psu_london", new Map([["PSU_NATIONAL_EW", 300]]))).toBe(75);
  });

  it("spills with a header row", () => {
    const t = standardsTable();
    expect(t[0]).toEqual(["Key", "Value", "Unit", "SPR paragraph", "What it says"]);
    expect(t).toHaveLength(STANDARDS.length + 1);
  });
});

describe("the assumptions registry", () => {
  it("is separate from the standards: no key in both", () => {
    const std = new Set(STANDARDS.map((s) => s.key));
    for (const a of ASSUMPTIONS) expect(std.has(a.key)).toBe(false);
  });

  it("gives every assumption a public source or an illustrative mark, and its reasoning", () => {
    for (const a of ASSUMPTIONS) {
      expect(a.illustrative || a.source.length > 10).toBe(true);
      expect(a.reasoning.length).toBeGreaterThan(10);
    }
    const rows = assumptionsTable().slice(1);
    for (const r of rows) expect(String(r[3])).not.toBe("");
  });

  it("looks up by key", () => {
    expect(findAssumption("rag_amber_margin").value).toBe(0.1);
    expect(() => findAssumption("NOPE")).toThrow(/^key: no planning assumption "NOPE"/);
  });
});
