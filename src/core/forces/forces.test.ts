import * as fs from "fs";
import * as path from "path";
import { FORCES } from "./forces-data";
import { findForce, forcesIn, forcesTable, normaliseForceName, resolveGroup } from "./forces";

describe("the 43 forces", () => {
  it("are 43 with officer FTE summing to the Home Office total of 123,170.86 at 31 March 2019", () => {
    expect(FORCES).toHaveLength(43);
    const total = FORCES.reduce((a, f) => a + f.officerFte, 0);
    expect(total).toBeCloseTo(123170.86, 2);
  });

  it("match the CSV shipped in data/", () => {
    const csv = fs.readFileSync(path.join(__dirname, "../../../data/forces.csv"), "utf8").trim().split("\n").slice(1);
    expect(csv.map((l) => l.split(","))).toEqual(FORCES.map((f) => [f.force, f.rocu, f.region, String(f.officerFte)]));
  });

  it("put Kent in ERSOU but the South East region, and North Wales in the North West ROCU but the Wales region", () => {
    expect(findForce("Kent")).toMatchObject({ rocu: "ERSOU (Eastern)", region: "South East" });
    expect(findForce("North Wales")).toMatchObject({ rocu: "NWROCU (North West)", region: "Wales" });
  });

  it("match names forgivingly", () => {
    expect(findForce("Avon and Somerset Constabulary").force).toBe("Avon & Somerset");
    expect(findForce("devon & cornwall police").force).toBe("Devon & Cornwall");
    expect(findForce("Metropolitan Police Service").force).toBe("Metropolitan Police");
    expect(findForce("MPS").force).toBe("Metropolitan Police");
    expect(findForce("City of London Police").force).toBe("City of London");
    expect(findForce("Dyfed Powys Police").force).toBe("Dyfed-Powys");
    expect(normaliseForceName("Thames Valley Police")).toBe("thames valley");
    expect(() => findForce("Narnia")).toThrow(/^force: no force called "Narnia"; nearest: /);
  });

  it("group by ROCU or by region", () => {
    expect(forcesIn("TARIAN").map((f) => f.force)).toEqual(["Dyfed-Powys", "Gwent", "South Wales"]);
    expect(forcesIn("Wales").map((f) => f.force)).toEqual(["North Wales", "Dyfed-Powys", "Gwent", "South Wales"]);
    expect(forcesIn("ERSOU")).toHaveLength(7);
    expect(forcesIn("Eastern").map((f) => f.force)).not.toContain("Kent");
    expect(resolveGroup("NWROCU (North West)")).toEqual({ kind: "rocu", name: "NWROCU (North West)" });
    expect(resolveGroup("north west")).toEqual({ kind: "region", name: "North West" });
    expect(() => resolveGroup("Mars")).toThrow(/^group: expected a ROCU \(NEROCU, /);
    // ten ROCUs (nine regional units plus London) and ten Home Office regions
    expect(new Set(FORCES.map((f) => f.rocu)).size).toBe(10);
    expect(new Set(FORCES.map((f) => f.region)).size).toBe(10);
  });

  it("spill as a table with a header row and the FTE date", () => {
    const t = forcesTable("London");
    expect(t[0]).toEqual(["Force", "ROCU", "Home Office region", "Officer FTE", "FTE as at"]);
    expect(t.slice(1)).toEqual([
      ["Metropolitan Police", "London (MPS and City)", "London", 30435.49, "2019-03-31"],
      ["City of London", "London (MPS and City)", "London", 739.22, "2019-03-31"],
    ]);
  });
});
