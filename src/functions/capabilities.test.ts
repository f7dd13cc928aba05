import { capabilities, capabilityCheck, capabilitySummary } from "./capabilities";

describe("SPR.CAPABILITIES", () => {
  it("spills the register, or one threat and tier of it", () => {
    const all = capabilities();
    expect(all[0]).toEqual(["ID", "Threat", "Tier", "Capability", "Requirement", "SPR paragraph"]);
    // VAWG 13, terrorism 14, SOC 20, cyber 7, CSA 11, public order 10, civil emergencies 5, cross-cutting 16
    expect(all).toHaveLength(1 + 13 + 14 + 20 + 7 + 11 + 10 + 5 + 16);
    expect(
      capabilities("soc", "FORCE")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["74.1", "74.2", "74.3", "74.4", "74.5", "74.6", "74.7"]);
    expect(capabilities(null, "regional").every((r, k) => k === 0 || r[2] === "regional")).toBe(true);
  });

  it("names the allowed threats and tiers", () => {
    expect(() => capabilities("drugs")).toThrow(
      /^threat: expected one of "VAWG", "Terrorism", "SOC", "Cyber", "CSA", "Public order", "Civil emergencies", "Cross-cutting", got the text "drugs"$/,
    );
    expect(() => capabilities(null, "local")).toThrow(
      /^tier: expected one of "force", "regional", "national", "collaboration", got the text "local"$/,
    );
  });
});

describe("SPR.CAPABILITYCHECK and SPR.CAPABILITYSUMMARY", () => {
  it("reads ids typed as numbers or text, and statuses in any case", () => {
    expect(capabilityCheck([[74.1], ["74.2"], [93]], [["IN FORCE"], ["Absent"], [""]])).toEqual([
      ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"],
      ["74.2", "Senior SOC lead", "absent", "74.2", "Not in place", "RED"],
      ["93", "C5 and C6 incident lead", "not assessed", "93; 74.5", "Not assessed: a gap in the PCC's assurance (24.1)", "AMBER"],
    ]);
    expect(capabilityCheck([["117c"]], [["via collaboration"]])).toEqual([
      ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"],
      ["", "The one capability listed is met", "met", "", "", "GREEN"],
    ]);
  });

  it("needs ids and statuses of the same shape, and text statuses", () => {
    expect(() => capabilityCheck([["74.1"], ["74.2"]], [["absent"]])).toThrow(
      /^statuses: expected the same shape as ids \(2×1\), got 1×1$/,
    );
    expect(() => capabilityCheck([["74.1"]], [[true]])).toThrow(/^statuses: expected text, got TRUE$/);
    expect(() => capabilityCheck([["33z"]], [["absent"]])).toThrow(/^ids: no SPR capability "33z"; nearest ids: /);
  });

  it("summarises per threat with a total", () => {
    const t = capabilitySummary([["74.1"], ["74.2"]], [["in force"], ["partial"]]);
    expect(t).toHaveLength(10);
    expect(t[3]).toEqual(["SOC", 20, 1, 0, 1, 0, 18, "AMBER"]);
    expect(t[9]).toEqual(["Total", 96, 1, 0, 1, 0, 94, "AMBER"]);
  });

  it("reads the ROCU reliance beside the statuses, and refuses it beside any other status", () => {
    expect(capabilityCheck([["74.1"]], [["via ROCU"]], [["Tasking agreement 2026"]])[1][5]).toBe("GREEN");
    expect(capabilityCheck([["74.1"]], [["via ROCU"]], [[null]])[1]).toEqual([
      "74.1",
      "SOC intelligence and analysis",
      "via ROCU",
      "74.1",
      "Force capability (SPR 74); no ROCU reliance recorded",
      "AMBER",
    ]);
    expect(() => capabilityCheck([["74.1"]], [["in force"]], [["Tasking agreement"]])).toThrow(
      /^rocu_reliance: expected a reliance on the ROCU only beside the status "via ROCU", got one beside "in force" for 74.1$/,
    );
    expect(() => capabilityCheck([["74.1"], ["74.2"]], [["via ROCU"], [""]], [["x"]])).toThrow(
      /^rocu_reliance: expected the same shape as ids \(2×1\), got 1×1$/,
    );
  });
});
