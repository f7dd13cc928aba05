// `spr build` on each example plan: the workbook has every sheet, every formula is stored as Excel stores a custom
// function (_xldudf_SPR_…), and every formula cell's cached value is what the engine computes for the same inputs.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { buildCommand } from "../src/cli/build-command";
import { ADDIN_VERSION } from "../src/core/version";
import { freshRegistry } from "./helpers/registry";
import { blockValues, readBook, recompute, Book } from "./helpers/workbook-check";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function assumptionValueIn(book: Book, key: string): number {
  const sheet = book.get("Assumptions")!;
  const cell = [...sheet.values()].find((c) => c.value === key)!;
  return Number(sheet.get(`B${cell.address.slice(1)}`)!.value);
}

async function build(plan: string, out: string, ...flags: string[]) {
  const lines: string[] = [];
  const code = await buildCommand(
    [plan, "-o", out, ...flags],
    { out: (s) => lines.push(s), err: (s) => lines.push(s) },
    () => new Date("2026-11-29T12:00:00Z"),
    false,
  );
  return { code, text: lines.join("\n") };
}

/** Whether a table's ref (from its regex match) and a spill's "D5:F9" overlap — on the same sheet, as the caller checks. */
function overlaps(table: RegExpExecArray, spill: string): boolean {
  const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(spill)!;
  return col(table[1]) <= col(m[3]) && col(m[1]) <= col(table[3]) && Number(table[2]) <= Number(m[4]) && Number(m[2]) <= Number(table[4]);
}

describe.each(EXAMPLES)("the example plan %s", (example) => {
  const out = path.join(dir, example.replace(/\.json$/, ".xlsx"));
  let book: Book;
  const plan = () => JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));
  // plans whose sheets show a table-returning function (a roll-up shows one where its force plans' events overlap)
  const hasTables = () => ["publicOrder", "soc", "section22", "uncertainty"].some((k) => plan()[k] !== undefined);

  beforeAll(async () => {
    const r = await build(path.join(ROOT, "examples", example), out);
    if (r.code !== 0) throw new Error(r.text);
    book = (await readBook(out)).book;
  });

  it("has the Summary, Inputs, Assumptions and Audit sheets, each titled with the organisation and year", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));
    for (const name of ["Summary", "Inputs", "Assumptions", "Audit"]) {
      const sheet = book.get(name)!;
      expect(sheet).toBeDefined();
      expect(String(sheet.get("A2")?.value)).toContain(plan.financialYear);
      expect(String(sheet.get("A2")?.value)).toContain(plan.organisation.name);
    }
  });

  it("caches in every formula cell the value the engine computes through spr eval's code path, each spill whole", async () => {
    const registry = await freshRegistry();
    // a blank result is cached as empty text; the library reads it back as nothing
    const blank = (v: unknown) => (v === null ? "" : v);
    let checked = 0;
    let spills = 0;
    for (const cells of book.values()) {
      for (const c of cells.values()) {
        if (!c.formula) continue;
        const fresh = await recompute(c.formula, book, registry);
        if (c.spill) {
          // a dynamic array: evaluated once, its whole result against every cell of the block it spills into
          expect(Array.isArray(fresh)).toBe(true);
          const block = blockValues(book, c.sheet, c.spill).map((r) => r.map(blank));
          expect({ cell: `${c.sheet}!${c.address}`, block }).toEqual({
            cell: `${c.sheet}!${c.address}`,
            block: (fresh as unknown[][]).map((r) => r.map(blank)),
          });
          spills++;
        } else {
          expect(Array.isArray(fresh)).toBe(false);
          expect({ cell: `${c.sheet}!${c.address}`, value: blank(c.value) }).toEqual({
            cell: `${c.sheet}!${c.address}`,
            value: blank(fresh),
          });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    if (hasTables()) expect(spills).toBeGreaterThan(0);
  });

  it("asks no full recalculation on open, so a reader without the add-in keeps the cached figures (calcPr)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).not.toMatch(/fullCalcOnLoad/);
    expect(wb.match(/<calcPr\b[^>]*\/>/g)).toEqual(['<calcPr calcId="191029"/>']);
  });

  it("stores custom functions as Excel does (_xldudf_SPR_…), never in user syntax", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let udfs = 0;
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      const formulas = [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
      for (const formula of formulas) {
        expect(formula).not.toMatch(/(^|[^_])SPR\./);
        udfs += (formula.match(/_xldudf_SPR_[A-Z0-9]+\(/g) ?? []).length;
      }
    }
    expect(udfs).toBeGreaterThan(0);
  });

  it("stores each range-returning call as Excel 365 stores a dynamic array, and no @ (implicit intersection) anywhere", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, "lib", "functions.json"), "utf8")) as {
      functions: { id: string; result?: { dimensionality?: string } }[];
    };
    const matrix = new Set(meta.functions.filter((f) => f.result?.dimensionality === "matrix").map((f) => f.id));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let anchors = 0;
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      for (const m of xml.matchAll(/<c ([^>]*)><f([^>]*)>([^<]*)<\/f>/g)) {
        const outer = /^(?:_xlfn\.CHOOSECOLS\()?_xldudf_SPR_([A-Z0-9]+)\(/.exec(m[3]);
        const dynamic = /t="array"/.test(m[2]);
        // a range-returning function heads a formula only as a dynamic array: written bare in a cell, Excel 365 would
        // show it as =@SPR.X(…) (implicit intersection); for one value it sits inside INDEX(…,1,1)
        expect({ formula: m[3], dynamic }).toEqual({ formula: m[3], dynamic: Boolean(outer && matrix.has(outer[1])) });
        if (/^INDEX\(_xldudf_/.test(m[3])) expect(m[3]).toMatch(/,1,\d+\)$/);
        if (dynamic) {
          // the cm attribute points at the dynamic-array cell metadata; ref is the block it spills into
          expect(m[1]).toMatch(/\bcm="1"/);
          expect(m[2]).toMatch(/ref="[A-Z]+\d+(:[A-Z]+\d+)?"/);
          anchors++;
        } else expect(m[1]).not.toMatch(/\bcm=/);
      }
    }
    if (hasTables()) expect(anchors).toBeGreaterThan(0);
    if (!anchors) return;
    const metadata = await zip.file("xl/metadata.xml")!.async("string");
    expect(metadata).toContain('<metadataType name="XLDAPR"');
    expect(metadata).toMatch(
      /<ext uri="\{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3\}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"\/>/,
    );
    expect(metadata).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
    );
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/);
  });

  it("carries on every sheet the ownership mark the task pane writes (worksheet custom property SprPlanner = owned)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(book.size);
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      const id = /<customProperties><customPr name="SprPlanner" r:id="([^"]+)"\/><\/customProperties>/.exec(xml)?.[1];
      expect({ sheet: f, marked: Boolean(id) }).toEqual({ sheet: f, marked: true });
      // after the page setup, before the drawing and the tables (CT_Worksheet order)
      expect(xml.indexOf("<customProperties>")).toBeGreaterThan(xml.indexOf("<pageSetup"));
      for (const later of ["<drawing", "<tableParts"])
        if (xml.includes(later)) expect(xml.indexOf("<customProperties>")).toBeLessThan(xml.indexOf(later));
      const rels = await zip.file(f.replace(/sheet(\d+)\.xml$/, "_rels/sheet$1.xml.rels"))!.async("string");
      const target = new RegExp(
        `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty" Target="\\.\\./([^"]+)"`,
      ).exec(rels)![1];
      // the value as UTF-16LE text: "owned"
      expect(Buffer.from(await zip.file(`xl/${target}`)!.async("uint8array")).toString("utf16le")).toBe("owned");
      expect(types).toContain(
        `<Override PartName="/xl/${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty"/>`,
      );
    }
  });

  it("writes no Excel table over a spill (Excel refuses spills in tables), and keeps tables elsewhere", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    let tables = 0;
    for (const f of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
      const xml = await zip.file(f)!.async("string");
      const spills = [...xml.matchAll(/<f t="array" ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]);
      const rels = (await zip.file(f.replace(/sheet(\d+)\.xml$/, "_rels/sheet$1.xml.rels"))?.async("string")) ?? "";
      for (const t of rels.matchAll(/Target="\.\.\/tables\/(table\d+\.xml)"/g)) {
        const ref = /<table [^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(await zip.file(`xl/tables/${t[1]}`)!.async("string"))!;
        for (const spill of spills)
          expect({ table: ref[0], spill, overlaps: overlaps(ref, spill) }).toEqual({ table: ref[0], spill, overlaps: false });
        tables++;
      }
    }
    expect(tables).toBeGreaterThan(0);
  });

  it("gives RAG verdicts on the Summary that agree with the numbers", () => {
    // a region's Summary lists its member forces' contributions: no requirement, so no RAG (test/region-workbook.test.ts)
    if (!(plan().publicOrder || plan().armedPolicing || plan().soc)) return;
    const summary = book.get("Summary")!;
    // the Summary always lists the amber margin it used on the Assumptions sheet
    const margin = assumptionValueIn(book, "RAG_AMBER_MARGIN");
    let rows = 0;
    for (let r = 5; summary.get(`F${r}`); r++) {
      const required = Number(summary.get(`C${r}`)!.value);
      const available = Number(summary.get(`D${r}`)!.value);
      const expected = available < required ? "RED" : available - required < margin * required ? "AMBER" : "GREEN";
      expect(summary.get(`F${r}`)!.value).toBe(expected);
      expect(summary.get(`E${r}`)!.value).toBeCloseTo(required - available, 9);
      rows++;
    }
    // a requirement row for each requirement section the plan has, none for a plan without one
    expect(rows > 0).toBe(Boolean(plan().publicOrder || plan().armedPolicing || plan().soc));
  });

  if (!plan().section22) {
    it("has no Section 22 sheet, as the plan has no section22", () => {
      expect(book.has("Section 22")).toBe(false);
    });
  } else
    it("adds up the Section 22 table exactly, to the penny, by line and by force", () => {
      const s22 = plan().section22;
      const sheet = book.get("Section 22")!;
      const pence = (v: unknown) => Math.round(Number(v) * 100);
      // the contribution table is the last table headed "Force" in column A
      const headers = [...sheet.values()]
        .filter((c) => c.value === "Force" && /^A\d+$/.test(c.address))
        .map((c) => Number(c.address.slice(1)));
      const top = Math.max(...headers) + 1;
      const n = s22.forces.length;
      const lines = s22.lines.length;
      const col = (k: number) => String.fromCharCode(66 + k); // B, C, …
      const netByLine = s22.lines.map((_: unknown, i: number) => pence(sheet.get(`D${7 + i}`)!.value));
      const grants = (s22.grants ?? []).reduce((a: number, g: { amount: number }) => a + pence(g.amount), 0);
      const gross = s22.lines.reduce((a: number, l: { cost: number }) => a + pence(l.cost), 0);
      expect(netByLine.reduce((a: number, b: number) => a + b, 0)).toBe(gross - grants);
      for (let k = 0; k < lines; k++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += pence(sheet.get(`${col(k)}${top + i}`)!.value);
        expect(sum).toBe(netByLine[k]);
      }
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let k = 0; k < lines; k++) sum += pence(sheet.get(`${col(k)}${top + i}`)!.value);
        const total = pence(sheet.get(`${col(lines)}${top + i}`)!.value);
        const inKind = pence(sheet.get(`${col(lines + 1)}${top + i}`)!.value);
        const cash = pence(sheet.get(`${col(lines + 2)}${top + i}`)!.value);
        expect(sum).toBe(total);
        expect(total - inKind).toBe(cash);
        // a credit is flagged exactly when the force's in-kind secondments exceed its share
        expect(String(sheet.get(`${col(lines + 3)}${top + i}`)?.value ?? "").startsWith("CREDIT")).toBe(cash < 0);
      }
    });

  it("records the add-in version, SPR edition, plan digest and build time on the Audit sheet", () => {
    const audit = book.get("Audit")!;
    const text = [...audit.values()].map((c) => String(c.value)).join("\n");
    expect(text).toMatch(/SPR Planner \d+\.\d+\.\d+/);
    expect(text).toContain("Strategic Policing Requirement, Home Office, February 2023");
    expect(text).toMatch(/[0-9a-f]{64}/);
    expect(text).toContain("2026-11-29T12:00:00.000Z");
  });
});

describe.each(EXAMPLES)("the shareable copy of %s", (example) => {
  const live = path.join(dir, `live-${example.replace(/\.json$/, ".xlsx")}`);
  const copy = path.join(dir, `shared-${example.replace(/\.json$/, ".xlsx")}`);
  let a: Book;
  let b: Book;

  beforeAll(async () => {
    for (const [out, flags] of [
      [live, []],
      [copy, ["--shareable"]],
    ] as const) {
      const r = await build(path.join(ROOT, "examples", example), out, ...flags);
      if (r.code !== 0) throw new Error(r.text);
    }
    a = (await readBook(live)).book;
    b = (await readBook(copy)).book;
  });

  it("shows the same value as the live workbook in every cell, keeps native formulas live and SPR formulas as values", () => {
    expect([...b.keys()]).toEqual([...a.keys()]);
    let native = 0;
    for (const [sheet, cells] of a) {
      const shared = b.get(sheet)!;
      expect([...shared.keys()].sort()).toEqual([...cells.keys()].sort());
      for (const [at, c] of cells) {
        const d = shared.get(at)!;
        // each sheet's subtitle (A2) carries the banner after the live subtitle; the Audit sheet is unchanged
        if (at === "A2" && sheet !== "Audit") {
          expect(String(d.value)).toBe(
            `${c.value} · SHARED COPY: figures as built by SPR Planner ${ADDIN_VERSION} at 2026-11-29T12:00:00.000Z; SPR formulas replaced by their values (open the live workbook with the add-in to recalculate)`,
          );
          continue;
        }
        expect({ cell: `${sheet}!${at}`, value: d.value }).toEqual({ cell: `${sheet}!${at}`, value: c.value });
        if (c.formula && !/_xldudf_/.test(c.formula)) {
          expect(d.formula).toBe(c.formula);
          native++;
        } else expect(d.formula).toBeUndefined();
      }
    }
    expect(native).toBeGreaterThan(0);
  });

  it("holds no _xldudf_ formula, no dynamic array and no metadata part", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(copy));
    for (const f of Object.keys(zip.files).filter((x) => x.startsWith("xl/"))) {
      if (zip.files[f].dir) continue;
      expect({ part: f, udf: /_xldudf_|t="array"/.test(await zip.file(f)!.async("string")) }).toEqual({ part: f, udf: false });
    }
    expect(zip.file("xl/metadata.xml")).toBeNull();
  });
});

describe("the web-extension task-pane part", () => {
  const plan = path.join(ROOT, "examples", EXAMPLES[0]);

  it("is written only when the build is told how the add-in is deployed, naming it by id, version, store and type", async () => {
    const plain = path.join(dir, "no-addin.xlsx");
    expect((await build(plan, plain)).code).toBe(0);
    const without = await JSZip.loadAsync(fs.readFileSync(plain));
    expect(Object.keys(without.files).filter((f) => f.includes("webextension"))).toEqual([]);
    expect(await without.file("_rels/.rels")!.async("string")).not.toContain("webextension");

    const told = path.join(dir, "addin.xlsx");
    const r = await build(
      plan,
      told,
      "--addin-id",
      "5d0ea63d-ea32-4eba-96a4-248a326e5836",
      "--store-type",
      "filesystem",
      "--store",
      "\\\\police-share\\addins",
    );
    expect(r).toEqual({ code: 0, text: expect.stringMatching(/^Wrote /) });
    const zip = await JSZip.loadAsync(fs.readFileSync(told));
    const ext = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
    expect(ext).toContain(
      `<we:reference id="5d0ea63d-ea32-4eba-96a4-248a326e5836" version="${ADDIN_VERSION}.0" store="\\\\police-share\\addins" storeType="FileSystem"/>`,
    );
    expect(ext).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
    expect(await zip.file("xl/webextensions/taskpanes.xml")!.async("string")).toMatch(
      /<wetp:taskpane dockstate="right" visibility="1"[^>]*><wetp:webextensionref [^>]*r:id="rId1"\/>/,
    );
    expect(await zip.file("xl/webextensions/_rels/taskpanes.xml.rels")!.async("string")).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"',
    );
    expect(await zip.file("_rels/.rels")!.async("string")).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"',
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
    );
  });

  it("refuses a store type or id it does not know, naming what is expected, and writes nothing", async () => {
    const out = path.join(dir, "bad-addin.xlsx");
    const r = await build(plan, out, "--addin-id", "5d0ea63d-ea32-4eba-96a4-248a326e5836", "--store-type", "Dropbox");
    expect(r.code).toBe(2);
    expect(r.text).toContain(
      '--store-type must be one of OMEX, SPCatalog, SPApp, Exchange, FileSystem, Registry, EXCatalog; got "Dropbox"',
    );
    const omex = await build(plan, out, "--addin-id", "5d0ea63d-ea32-4eba-96a4-248a326e5836", "--store-type", "OMEX");
    expect(omex.text).toContain("--addin-id for AppSource (OMEX) is the asset id, WA followed by nine digits");
    expect((await build(plan, out, "--store-type", "Registry")).text).toContain("--addin-id is required with --store-type");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("spr build safety", () => {
  it("refuses to overwrite an existing file without --force, and replaces it with --force", async () => {
    const plan = path.join(ROOT, "examples", EXAMPLES[0]);
    const out = path.join(dir, "exists.xlsx");
    fs.writeFileSync(out, "a user's file");
    const r = await build(plan, out);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/already exists; add --force/);
    expect(fs.readFileSync(out, "utf8")).toBe("a user's file");
    expect((await build(plan, out, "--force")).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
