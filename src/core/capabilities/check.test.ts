import fc from "fast-check";
import { CAPABILITIES } from "./register";
import { readAssessments, summaryTable, unmetTable } from "./check";
import { readStatus, statusRag } from "./status";

const SOC_FORCE = ["74.1", "74.2", "74.3", "74.4", "74.5", "74.6", "74.7"];

describe("statuses and their RAG", () => {
  it("maps met statuses to GREEN, partial and not assessed to AMBER, absent to RED", () => {
    expect(["in force", "via collaboration", "via ROCU"].map((s) => statusRag(readStatus(s, "")))).toEqual(["GREEN", "GREEN", "GREEN"]);
    expect(statusRag(readStatus("partial", ""))).toBe("AMBER");
    expect(statusRag(readStatus("", ""))).toBe("AMBER");
    expect(statusRag(readStatus("absent", ""))).toBe("RED");
  });

  it("reads case and spacing forgivingly, blank as not assessed", () => {
    expect(readStatus("  Via   rocu ", "")).toBe("via ROCU");
    expect(readStatus("IN FORCE", "")).toBe("in force");
    expect(readStatus("", "")).toBe("not assessed");
    expect(readStatus("Not assessed", "")).toBe("not assessed");
  });

  it("names the allowed statuses when one is unknown", () => {
    expect(() => readStatus("yes", " (item 2)")).toThrow(
      'statuses: expected one of "in force", "via collaboration", "via ROCU", "partial", "absent", "not assessed" or a blank (not assessed), got the text "yes" (item 2)',
    );
  });
});

describe("the shortfall check", () => {
  it("lists only the unmet capabilities, in the order given, with their paragraph and RAG", () => {
    const a = readAssessments(SOC_FORCE, ["in force", "in force", "partial", "absent", "via collaboration", "", "in force"]);
    expect(unmetTable(a)).toEqual([
      ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"],
      ["74.3", "SOC operational capability", "partial", "74.3; 67", "Partly in place", "AMBER"],
      ["74.4", "SOC disruption and Lead Responsible Officers", "absent", "74.4", "Not in place", "RED"],
      ["74.6", "SOC prevention", "not assessed", "74.6", "Not assessed: a gap in the PCC's assurance (24.1)", "AMBER"],
    ]);
  });

  it('lists "via ROCU" for a force capability as AMBER with a note, unless the reliance is recorded', () => {
    const a = readAssessments(["74.3", "75.2", "117c"], ["via ROCU", "via ROCU", "via ROCU"]);
    expect(unmetTable(a)).toEqual([
      ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"],
      ["74.3", "SOC operational capability", "via ROCU", "74.3; 67", "Force capability (SPR 74); no ROCU reliance recorded", "AMBER"],
    ]);
    const agreed = readAssessments(["74.3", "75.2"], ["via ROCU", "via ROCU"], ["ROCU tasking agreement 2026", ""]);
    expect(unmetTable(agreed)[1]).toEqual(["", "All 2 capabilities listed are met", "met", "", "", "GREEN"]);
  });

  it("answers with one GREEN row when everything listed is met", () => {
    const a = readAssessments(
      SOC_FORCE,
      SOC_FORCE.map(() => "in force"),
    );
    expect(unmetTable(a)).toEqual([
      ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"],
      ["", "All 7 capabilities listed are met", "met", "", "", "GREEN"],
    ]);
  });

  it("skips rows blank in both columns, refuses a status without an id", () => {
    expect(readAssessments(["74.1", "", "74.2"], ["absent", "", "partial"]).map((x) => x.capability.id)).toEqual(["74.1", "74.2"]);
    expect(() => readAssessments(["74.1", ""], ["absent", "partial"])).toThrow(
      /^ids: expected a capability id beside the status "partial", got a blank \(item 2\)$/,
    );
    expect(() => readAssessments(["", ""], ["", ""])).toThrow(/^ids: expected at least one capability id, got only blanks$/);
  });

  it("refuses unknown and repeated ids, with the nearest ids and the 75.10 pitfall", () => {
    expect(() => readAssessments(["74.1", "74.9"], ["absent", "absent"])).toThrow(
      /^ids: no SPR capability "74.9" \(item 2\); nearest ids: 74\.1/,
    );
    expect(() => readAssessments(["74.1", "74.1"], ["absent", "absent"])).toThrow(
      /^ids: expected each capability once, got "74.1" twice \(items 1 and 2\)$/,
    );
    expect(() => readAssessments(["75.1", "75.1"], ["", ""])).toThrow(
      /75\.10 typed as a number reads as 75\.1: format the id cells as text$/,
    );
  });
});

describe("the summary per threat", () => {
  it("counts every register capability once, missing ones as not assessed", () => {
    // SOC has 7 force + 13 ROCU = 20 capabilities; the seven given: 4 met, 1 partial, 1 absent, 1 blank;
    // the 13 items of 75 are not listed, so not assessed: 1 + 13 = 14. 74.7 "via ROCU" with no reliance recorded is
    // counted apart from the met: 3 met (74.1, 74.2, 74.5), 1 via ROCU unrecorded
    const a = readAssessments(SOC_FORCE, ["in force", "in force", "partial", "absent", "via collaboration", "", "via ROCU"]);
    const t = summaryTable(a);
    expect(t[0]).toEqual(["Threat", "In register", "Met", "Via ROCU, not recorded", "Partial", "Absent", "Not assessed", "RAG"]);
    expect(t.find((r) => r[0] === "SOC")).toEqual(["SOC", 20, 3, 1, 1, 1, 14, "RED"]);
    expect(t.find((r) => r[0] === "VAWG")).toEqual(["VAWG", 13, 0, 0, 0, 0, 13, "AMBER"]);
    expect(t[t.length - 1]).toEqual(["Total", CAPABILITIES.length, 3, 1, 1, 1, CAPABILITIES.length - 6, "RED"]);
    expect(t).toHaveLength(1 + 8 + 1);
  });

  it("adds up in every row and rolls up GREEN only when all are met", () => {
    const all = readAssessments(
      CAPABILITIES.map((c) => c.id),
      CAPABILITIES.map(() => "via collaboration"),
    );
    for (const r of summaryTable(all).slice(1)) {
      expect((r[2] as number) + (r[3] as number) + (r[4] as number) + (r[5] as number) + (r[6] as number)).toBe(r[1]);
      expect(r[7]).toBe("GREEN");
    }
  });
});

describe("via ROCU for a force capability", () => {
  it("is never GREEN without a recorded reliance, and always met with one (property)", () => {
    const force = CAPABILITIES.filter((c) => c.tier === "force").map((c) => c.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...force), { minLength: 1, maxLength: 10 }), fc.boolean(), (ids, recorded) => {
        const a = readAssessments(
          ids,
          ids.map(() => "via ROCU"),
          ids.map(() => (recorded ? "agreement" : "")),
        );
        const rows = unmetTable(a).slice(1);
        const total = summaryTable(a)[summaryTable(a).length - 1];
        return recorded
          ? rows.length === 1 && rows[0][5] === "GREEN" && total[2] === ids.length
          : rows.length === ids.length && rows.every((r) => r[5] === "AMBER") && total[3] === ids.length;
      }),
    );
  });
});
