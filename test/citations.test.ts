// Every SPR paragraph the product cites exists in the SPR's numbering. The numbering is copied, with its source, into
// test/fixtures/spr-paragraphs.txt (nothing here reads outside the repository). A citation is a paragraph number after
// "paragraph(s)", "para." or "SPR", or a number in brackets before ")", ":" or ";" — "(156.2)", "(74: …)", "(SPR
// 150–151)" — in the code, the sheets' text, the pane and the docs; ranges and lists are checked at both ends.
import * as fs from "fs";
import * as path from "path";
import { CAPABILITIES } from "../src/core/capabilities/register";
import { STANDARDS } from "../src/core/standards/registry";

const ROOT = path.join(__dirname, "..");
const fixture = fs.readFileSync(path.join(__dirname, "fixtures", "spr-paragraphs.txt"), "utf8").split("\n");
const PARAGRAPHS = new Set(fixture.filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("footnotes")));
const FOOTNOTES = Number(/^footnotes 1-(\d+)$/m.exec(fixture.join("\n"))![1]);

const ID = String.raw`\d{1,3}(?:\.\d{1,2})?[a-m]?`;
const SEP = String.raw`\s*(?:–|-|to|and|,|;|or|&)\s*`;
const AFTER_WORD = new RegExp(String.raw`\b(?:SPR paragraphs?|paragraphs?|paras?\.?|SPR)\s+(${ID}(?:${SEP}${ID})*)(?![\d.]*\d)`, "g");
const IN_BRACKETS = new RegExp(String.raw`(?<![\w.])\(([1-9]\d{0,2}(?:\.\d{1,2})?[a-m]?(?:\s*–\s*${ID}|,\s+${ID})*)(?=[:;)])`, "g");
const FOOTNOTE = /\bfootnotes? (\d+)/g;

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const FILES = [
  ...walk(path.join(ROOT, "src")).filter((f) => /\.(ts|html)$/.test(f) && !f.endsWith(".test.ts")),
  ...walk(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")),
  path.join(ROOT, "README.md"),
  path.join(ROOT, "ARCHITECTURE.md"),
];

/** The ids a citation names: "149–151" → 149, 151; "74.3; 67" → 74.3, 67. */
function idsOf(list: string): string[] {
  return list.split(new RegExp(SEP)).map((p) => p.trim().replace(/\.$/, ""));
}

interface Citation {
  where: string;
  text: string;
  missing: string[];
}

function citations(text: string, where: string): Citation[] {
  const out: Citation[] = [];
  for (const re of [AFTER_WORD, IN_BRACKETS]) {
    for (const m of text.matchAll(re)) {
      const line = text.slice(0, m.index).split("\n").length;
      out.push({ where: `${where}:${line}`, text: m[0], missing: idsOf(m[1]).filter((id) => !PARAGRAPHS.has(id)) });
    }
  }
  for (const m of text.matchAll(FOOTNOTE)) {
    const n = Number(m[1]);
    out.push({ where, text: m[0], missing: n >= 1 && n <= FOOTNOTES ? [] : [m[0]] });
  }
  return out;
}

describe("SPR citations", () => {
  it("reads the SPR's numbering from the fixture", () => {
    // spot checks against the SPR: 7 paragraphs in the force's SOC core list, thirteen items in 75, 120a–c, 174a–d
    expect(["74.1", "74.7", "75.13", "120a", "120c", "156.2", "174d", "24.1", "40.4b", "10c"].every((id) => PARAGRAPHS.has(id))).toBe(true);
    expect(["74.8", "75.14", "120d", "175", "156.3"].some((id) => PARAGRAPHS.has(id))).toBe(false);
    expect(FOOTNOTES).toBe(77);
  });

  it("finds citations in every form the product writes them", () => {
    const found = citations(
      "SPR paragraphs 149–151 and 40.4b; (156.2); (74: locally); (SPR 150–151); para. 75.11; footnote 48; paragraph 999",
      "sample",
    );
    expect(found.map((c) => c.text)).toEqual([
      "SPR paragraphs 149–151 and 40.4b",
      "SPR 150–151",
      "para. 75.11",
      "paragraph 999",
      "(156.2",
      "(74",
      "footnote 48",
    ]);
    expect(found.filter((c) => c.missing.length).map((c) => c.missing)).toEqual([["999"]]);
  });

  it("cites only paragraphs that exist, in the code, the sheets, the pane and the docs", () => {
    const all = FILES.flatMap((f) => citations(fs.readFileSync(f, "utf8"), path.relative(ROOT, f)));
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((c) => c.missing.length > 0)).toEqual([]);
  });

  it("gives every standard and every register capability a paragraph that exists", () => {
    const fields = [
      ...STANDARDS.map((s) => ({ where: s.key, text: s.paragraph })),
      ...CAPABILITIES.map((c) => ({ where: c.id, text: c.paragraph })),
    ];
    const bad = fields.flatMap((f) =>
      idsOf(f.text.replace(/,?\s*footnote \d+/, ""))
        .filter((id) => !PARAGRAPHS.has(id))
        .map((id) => `${f.where}: ${id}`),
    );
    expect(bad).toEqual([]);
  });
});
