// The register must hold exactly the capabilities the SPR numbers. The SPR's own lists are read from a verbatim
// excerpt of the SPR text kept in the repository (test/fixtures/spr-capability-lists.txt, OGL v3.0).
import * as fs from "fs";
import * as path from "path";
import { findStandard } from "../standards/registry";
import { THREATS, TIERS } from "./capability";
import { CAPABILITIES, capabilitiesTable, lookupCapability, nearestIds, normaliseId } from "./register";

interface Numbered {
  id: string;
  threat: string;
}

/** The ids the SPR numbers in one excerpt, by the excerpt's numbering rule. */
function idsOf(paragraph: string, threat: string, rule: string, lines: string[]): Numbered[] {
  const esc = paragraph.replace(/\./g, "\\.");
  const sub = new RegExp(`^\\s*-?\\s*(${esc}\\.\\d+)\\.\\s`);
  const out: string[] = [];
  if (rule === "paragraph") {
    expect(lines[0]).toMatch(new RegExp(`^-?\\s*${esc}\\.?\\s`));
    out.push(paragraph);
  } else if (rule === "numbered") {
    for (const l of lines) {
      const m = sub.exec(l);
      if (m) out.push(m[1]);
    }
  } else if (rule === "letters") {
    // letters must come in sequence, so "i." of a roman sub-list (117e i–iii) is not read as item i
    let prefix = paragraph;
    let next = "a";
    for (const l of lines) {
      const s = sub.exec(l);
      if (s) {
        prefix = s[1];
        next = "a";
        continue;
      }
      const m = /^\s*-?\s*([a-z])\.\s/.exec(l);
      if (m && m[1] === next) {
        out.push(prefix + next);
        next = String.fromCharCode(next.charCodeAt(0) + 1);
      }
    }
  } else {
    throw new Error(`unknown numbering rule ${rule}`);
  }
  return out.map((id) => ({ id, threat }));
}

function sprNumbered(): Numbered[] {
  const text = fs.readFileSync(path.join(__dirname, "..", "..", "..", "test", "fixtures", "spr-capability-lists.txt"), "utf8");
  const blocks = text.split(/^@@ /m).slice(1);
  return blocks.flatMap((b) => {
    const [head, ...lines] = b.split("\n");
    const [paragraph, threat, rule] = head.split("|").map((s) => s.trim());
    return idsOf(
      paragraph,
      threat,
      rule,
      lines.filter((l) => !l.startsWith("#")),
    );
  });
}

describe("the capability register", () => {
  const spr = sprNumbered();

  it("reads the SPR's lists as expected (a check on the reader itself)", () => {
    const ids = spr.map((n) => n.id);
    // VAWG 33a–m: thirteen letters; public order 117a–j: ten, the PRT sub-list i–iii of 117e not mistaken for items
    expect(ids.filter((id) => /^33[a-z]$/.test(id))).toHaveLength(13);
    expect(ids.filter((id) => /^117[a-z]$/.test(id))).toEqual([
      "117a",
      "117b",
      "117c",
      "117d",
      "117e",
      "117f",
      "117g",
      "117h",
      "117i",
      "117j",
    ]);
    expect(ids.filter((id) => id.startsWith("40."))).toEqual([
      "40.1a",
      "40.2a",
      "40.2b",
      "40.3a",
      "40.3b",
      "40.3c",
      "40.3d",
      "40.3e",
      "40.4a",
      "40.4b",
      "40.4c",
    ]);
    expect(ids).toContain("92.1c");
    expect(ids).toContain("93");
    expect(ids).toContain("75.13");
    expect(ids).not.toContain("75.1a");
  });

  it("holds exactly the ids the SPR numbers in the capability lists, each under its threat", () => {
    expect(CAPABILITIES.map((c) => c.id)).toEqual(spr.map((n) => n.id));
    for (const n of spr) expect(lookupCapability(n.id)?.threat).toBe(n.threat);
  });

  it("has the seven force SOC core capabilities (74) and the ROCU ones (75) the standards registry counts", () => {
    const soc = (p: string, tier?: string) =>
      CAPABILITIES.filter((c) => c.id.startsWith(p) && (tier === undefined || c.tier === tier)).length;
    expect(soc("74.")).toBe(findStandard("FORCE_SOC_CORE_CAPABILITIES").value);
    expect(soc("74.", "force")).toBe(7);
    // paragraph 75 numbers thirteen items; 75.11 (CoLP, National Lead Force) and 75.12 (Action Fraud, NFIB) are national
    expect(soc("75.")).toBe(13);
    expect(CAPABILITIES.filter((c) => c.id.startsWith("75.") && c.tier === "national").map((c) => c.id)).toEqual(["75.11", "75.12"]);
    expect(soc("75.", "regional")).toBe(findStandard("ROCU_CORE_CAPABILITIES").value);
    expect(findStandard("ROCU_CORE_CAPABILITIES").value).toBe(11);
  });

  it("gives every entry a known threat and tier, a title, a sentence and a paragraph that starts with its own number", () => {
    for (const c of CAPABILITIES) {
      expect(THREATS).toContain(c.threat);
      expect(TIERS).toContain(c.tier);
      expect(c.title.length).toBeGreaterThan(2);
      expect(c.title.length).toBeLessThanOrEqual(50);
      expect(c.requirement).toMatch(/^[A-Z].{20,}\.$/);
      // "74.3; 67", "173–174", "152–153": the paragraph cites the item or the range that holds it
      const own = c.id.replace(/[a-z]$/, "");
      const cites =
        c.paragraph.startsWith(c.id) ||
        c.paragraph.split(/[;,]\s*/).some((p) => {
          const [lo, hi] = p.split("–").map(Number);
          return hi !== undefined && Number(own) >= lo && Number(own) <= hi;
        });
      expect(cites).toBe(true);
    }
  });

  it("reads ids forgivingly and suggests near ones", () => {
    expect(normaliseId(" 40.3(D). ")).toBe("40.3d");
    expect(lookupCapability("33A")?.title).toBe("Complex VAWG investigations");
    expect(lookupCapability("74.9")).toBeNull();
    expect(nearestIds("74.9")).toContain("74.1");
  });

  it("spills with a header, filtered by threat and tier", () => {
    expect(capabilitiesTable()[0]).toEqual(["ID", "Threat", "Tier", "Capability", "Requirement", "SPR paragraph"]);
    expect(capabilitiesTable()).toHaveLength(CAPABILITIES.length + 1);
    expect(
      capabilitiesTable("SOC", "national")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["75.11", "75.12"]);
    expect(() => capabilitiesTable("Cyber", "national")).toThrow(
      /^tier: no Cyber capability sits at the national tier; Cyber capabilities are at: force$/,
    );
  });
});
