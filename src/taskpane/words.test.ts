import { PLAN_SCHEMA } from "../plan/plan-schema";
import { humanise, inSentence, itemLabels, itemName } from "./labels";
import { canonicalName, financialYearOf, yearsAround } from "./organisation";
import { plainMessage } from "./problems";

describe("the pane's words", () => {
  it("turns the validator's messages into plain ones", () => {
    expect(plainMessage("is missing")).toBe("This is required.");
    expect(plainMessage("expected at least 0, found -3")).toBe("Must be at least 0 (it is -3).");
    expect(plainMessage("expected more than 0, found 0")).toBe("Must be more than 0 (it is 0).");
    expect(plainMessage("expected a whole number, found a number")).toBe("Enter a whole number, for example 12.");
    expect(plainMessage("before start (an event must end after it starts)")).toBe("Before start (an event must end after it starts).");
    expect(plainMessage('no force called "Narnia"; nearest: Kent')).toBe('No force called "Narnia"; nearest: Kent.');
  });

  it("labels fields from the schema, with every fixed list's items named", () => {
    expect(humanise("incidentsPerYear")).toBe("Incidents per year");
    expect(inSentence("Public order")).toBe("public order");
    expect(inSentence("ROCU Section 22 contributions")).toBe("ROCU Section 22 contributions");
    expect(itemName("events")).toBe("Event");
    const po = PLAN_SCHEMA.properties!.publicOrder.properties!.trained.properties!;
    // "Trained officers: inspectors, sergeants, constables (level 2), drivers."
    expect(itemLabels("PSU", po.PSU)).toEqual(["Inspectors", "Sergeants", "Constables (level 2)", "Drivers"]);
    expect(itemLabels("ocgsByBand", PLAN_SCHEMA.properties!.soc.properties!.ocgsByBand)).toEqual(["P1", "P2", "P3", "P4"]);
    expect(itemLabels("unknownList", { type: "array", minItems: 2, maxItems: 2 })).toEqual(["Unknown list 1", "Unknown list 2"]);
  });

  it("offers financial years from April to March", () => {
    expect(financialYearOf(new Date(2026, 2, 31))).toBe("2025/26"); // 31 March
    expect(financialYearOf(new Date(2026, 3, 1))).toBe("2026/27"); // 1 April
    expect(financialYearOf(new Date(2099, 5, 1))).toBe("2099/00");
    expect(yearsAround(new Date(2026, 10, 29))).toEqual(["2025/26", "2026/27", "2027/28", "2028/29", "2029/30", "2030/31"]);
  });

  it("matches organisation names to the reference data, keeping what it does not know", () => {
    expect(canonicalName("force", "Avon and Somerset Constabulary")).toBe("Avon & Somerset");
    expect(canonicalName("region", "swrocu")).toBe("SWROCU (South West)");
    expect(canonicalName("force", "Narnia")).toBe("Narnia");
  });
});
