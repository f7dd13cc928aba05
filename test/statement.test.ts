// The draft assurance statement (issue 18): `spr statement` writes a Word document whose headings, paragraphs and
// tables say what the plan's figures say (SPR 24.1 for a force, 24.2 for the nation); read back from the .docx's XML
// with a strict parser, and opened in LibreOffice Writer, whose first printed page must show the headings and figures.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { statementCommand } from "../src/cli/statement-command";
import { readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { LayoutContext } from "../src/workbook/layout/context";
import { employPence, gbp, psuGapPence } from "./helpers/gap-cost";
import { WRITER_INSTALL, describeWith } from "./helpers/binaries";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const office = require("../scripts/libreoffice.js");

const ROOT = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-statement-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Docx {
  /** Paragraphs outside tables: their style (Title, Heading1 …, or "") and text. */
  paragraphs: { style: string; text: string }[];
  /** Each table's rows of cell texts. */
  tables: string[][][];
}

const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };
/** An example plan laid out as its own workbook. */
const own = (example: string) => layoutWorkbook(readPlan(fs.readFileSync(path.join(ROOT, "examples", example), "utf8")), STAMP);
/** The sum of a Summary's cost columns (once, a year), in pence. */
function costsOf(ctx: LayoutContext): [bigint, bigint] {
  const p = (v: unknown) => BigInt(Math.round((v as number) * 100));
  return ctx.summary.reduce(
    (a: [bigint, bigint], l): [bigint, bigint] =>
      l.costs ? [a[0] + p(l.costs.oneOff.values[0][0]), a[1] + p(l.costs.recurring.values[0][0])] : a,
    [0n, 0n],
  );
}

async function readDocx(file: string): Promise<Docx> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file("word/document.xml")!.async("string");
  const out: Docx = { paragraphs: [], tables: [] };
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0; // tables
  let style = "";
  let text = "";
  let inText = false;
  let row: string[] = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (t) => {
    if (t.name === "w:tbl" && depth++ === 0) out.tables.push([]);
    if (t.name === "w:tr") row = [];
    if (t.name === "w:p") [style, text] = ["", ""];
    if (t.name === "w:pStyle") style = String((t.attributes["w:val"] as { value: string }).value);
    inText = t.name === "w:t";
  });
  parser.on("text", (s) => {
    if (inText) text += s;
  });
  parser.on("closetag", (t) => {
    if (t.name === "w:t") inText = false;
    if (t.name === "w:p" && depth === 0) out.paragraphs.push({ style, text });
    if (t.name === "w:tc") row.push(text);
    if (t.name === "w:tr") out.tables[out.tables.length - 1].push(row);
    if (t.name === "w:tbl") depth--;
  });
  parser.write(xml).close();
  return out;
}

async function statement(example: string): Promise<Docx> {
  const out = path.join(dir, example.replace(/\.json$/, ".docx"));
  const err: string[] = [];
  const code = await statementCommand([path.join(ROOT, "examples", example), "-o", out], { out: () => undefined, err: (s) => err.push(s) });
  if (code !== 0) throw new Error(err.join("\n"));
  return readDocx(out);
}

describe("spr statement for a force (SPR 24.1)", () => {
  let doc: Docx;
  beforeAll(async () => {
    doc = await statement("avon-and-somerset-2026-27.json");
  });

  it("has the title and the headings a PCC's office edits", () => {
    expect(doc.paragraphs[0]).toEqual({
      style: "Title",
      text: "Strategic Policing Requirement: annual assurance statement, Avon & Somerset",
    });
    expect(doc.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
      "What the SPR asks",
      "The force's position: requirements against capacity",
      "Capability self-assessment",
      "Reliance on mutual aid",
      "Shortfalls and what closing them costs",
      "Where the plan departs from the SPR",
      "Planning assumptions relied on",
    ]);
  });

  it("gives the requirements against capacity with RAG, as worked by hand for the example", () => {
    const [requirements] = doc.tables;
    expect(requirements[0]).toEqual(["Area", "Requirement", "Required", "Available", "RAG", "Rests on"]);
    // PSUs: Glastonbury 21 + the Bristol march 4 = 25 required; min(9, 26/3, 150/18, 24/3) = 8 fieldable
    expect(requirements[1].slice(0, 5)).toEqual(["Public order", "PSUs able to be fielded", "25", "8", "RED"]);
  });

  it("says the force relies on mutual aid for the PSUs it cannot field, and states the shortfall", () => {
    const text = doc.paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain("The force cannot field all the PSUs its plan requires on its own (25 required, 8 able to be fielded)");
    // 17 PSUs short = 425 officers at the plan's employer cost (test/helpers/gap-cost.ts works the cost by hand)
    const [once, yearly] = psuGapPence(425, employPence(own("avon-and-somerset-2026-27.json").ctx));
    expect(text).toContain(
      `PSUs able to be fielded: 25 required, 8 available (short by 17); closing it costs ${gbp(once)} once and ${gbp(yearly)} a year.`,
    );
    expect(text).toContain(
      "The force assessed 7 capabilities: 3 in force, 0 through collaboration, 1 through the ROCU, 1 partial, 1 absent and 1 not assessed.",
    );
    // with the ARV officers' (about 2.19 short), to the penny: the sum of the Summary's cost columns
    const [allOnce, allYearly] = costsOf(own("avon-and-somerset-2026-27.json").ctx);
    expect(allYearly).toBeGreaterThan(yearly);
    expect(text).toContain(`Closing every shortfall costs ${gbp(allOnce)} once and ${gbp(allYearly)} a year`);
  });

  it("lists the assumptions relied on with their source, the plan's own figure marked", () => {
    const assumptions = doc.tables[doc.tables.length - 1];
    expect(assumptions.find((r) => r[0] === "ANNUAL_LEAVE_DAYS")!.slice(0, 3)).toEqual(["ANNUAL_LEAVE_DAYS", "27", "plan"]);
  });
});

describe("spr statement over the national roll-up (SPR 24.2)", () => {
  it("drafts the APCC's summary: forces by region, none with a plan", async () => {
    const doc = await statement("england-and-wales-2026-27.json");
    expect(doc.paragraphs[0].text).toBe("Strategic Policing Requirement: summary of assurance statements, England and Wales");
    expect(doc.paragraphs.map((p) => p.text)).toContain(
      "0 of 43 forces have a plan in this roll-up; the others are shown from reference data alone and are not summarised.",
    );
    expect(doc.tables[0].slice(1).reduce((a, r) => a + Number(r[1]), 0)).toBe(43);
  });

  it("over force plans with costs, says what closing each force's own shortfalls costs in all", () => {
    const read = (f: string) => readPlan(fs.readFileSync(path.join(ROOT, "examples", f), "utf8"));
    const files = ["avon-and-somerset-2026-27.json", "dorset-2026-27.json"];
    const nation = { ...read("england-and-wales-2026-27.json"), forcePlans: files };
    const { statement } = layoutWorkbook(
      nation,
      STAMP,
      undefined,
      undefined,
      files.map((f) => ({ source: f, plan: read(f) })),
    );
    const text = statement!.parts.flatMap((p) => p.paragraphs).join("\n");
    // each force's own total (its Summary's cost columns): Avon's as its own statement gives it, above; Dorset's one
    // shortfall is 15 PSUs, 375 officers, worked by hand
    const [avon, dorset] = files.map((f) => costsOf(own(f).ctx));
    expect(dorset).toEqual(psuGapPence(375, employPence(own("dorset-2026-27.json").ctx)));
    expect(text).toContain(
      `Closing each force's own shortfalls costs ${gbp(avon[0] + dorset[0])} once and ${gbp(avon[1] + dorset[1])} a year in all, over the forces whose plans hold costs`,
    );
  });

  it("refuses a region's plan, and writes nothing", async () => {
    const err: string[] = [];
    const out = path.join(dir, "swrocu.docx");
    expect(
      await statementCommand([path.join(ROOT, "examples", "swrocu-2026-27.json"), "-o", out], {
        out: () => undefined,
        err: (s) => err.push(s),
      }),
    ).toBe(2);
    expect(err.join("")).toMatch(/is a region's plan; a statement is a force's \(SPR 24\.1\)/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describeWith(
  [office.WRITER_FILTER],
  "The LibreOffice Writer test",
  WRITER_INSTALL,
)("LibreOffice Writer opens the force's statement", () => {
  it("prints page one with the title, the first headings and the PSU figures worked by hand", async () => {
    const docx = path.join(dir, "writer.docx");
    const plan = path.join(ROOT, "examples", "avon-and-somerset-2026-27.json");
    expect(await statementCommand([plan, "-o", docx], { out: () => undefined, err: () => undefined })).toBe(0);
    const soffice = office.SOFFICE.find((p: string) => fs.existsSync(p));
    office.convert(soffice, docx, "pdf", dir, dir);
    const page = (n: number) =>
      office.run("pdftotext", ["-f", String(n), "-l", String(n), "-layout", docx.replace(/docx$/, "pdf"), "-"]) as string;
    const lines = page(1).split("\n");
    const one = lines.join(" ").replace(/\s+/g, " ");
    expect(one).toContain("Strategic Policing Requirement: annual assurance statement, Avon & Somerset");
    expect(one).toContain("Financial year 2026/27. SPR (February 2023) paragraph 24.1.");
    expect(one).toContain("What the SPR asks");
    expect(one).toContain("The force's position: requirements against capacity");
    // PSUs: Glastonbury 21 + the Bristol march 4 = 25 required; min(9, 26/3, 150/18, 24/3) = 8 fieldable: RED
    expect(lines.find((l) => l.includes("PSUs able"))).toMatch(/^\s*Public\s+PSUs able\b.*\s25\s+8\s+RED\s/);
  });
});
