// Plans that cannot hurt (issue 14): every finding as a test through `spr build` (and the pane's reader), and every
// XML part of every built workbook read by a strict XML 1.0 parser.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { buildCommand } from "../src/cli/build-command";
import { PlanError, parsePlanJson } from "../src/plan/read";
import { Plan } from "../src/plan/plan";
import { validatePlan } from "../src/plan/validate";
import { planFromDraft, setPath } from "../src/taskpane/draft";
import { buildWorkbook } from "../src/workbook/build";
import { ExcelJsWorkbook } from "../src/workbook/xlsx/exceljs-adapter";
import { saveWorkbookFile } from "../src/workbook/xlsx/save-file";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json"));
const FORCE = fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-hostile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function build(
  plan: string | Buffer,
  out = path.join(dir, `out${n}.xlsx`),
  ...flags: string[]
): Promise<{ code: number; err: string[]; out: string }> {
  const planFile = path.join(dir, `plan${n++}.json`);
  fs.writeFileSync(planFile, plan);
  return buildFile(planFile, out, ...flags);
}

async function buildFile(planFile: string, out: string, ...flags: string[]): Promise<{ code: number; err: string[]; out: string }> {
  const err: string[] = [];
  const code = await buildCommand(
    [planFile, "-o", out, ...flags],
    { out: () => undefined, err: (s) => err.push(...s.split("\n")) },
    () => new Date(0),
    false,
  );
  return { code, err, out };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plan file edited freely, into shapes the schema rejects
type Editable = any;

function edit(f: (p: Editable) => void): string {
  const p = JSON.parse(FORCE);
  f(p);
  return JSON.stringify(p);
}

/** The problems validation reports for a plan given as text, as "path: message". */
function problems(text: string): string[] {
  try {
    validatePlan(parsePlanJson(text));
  } catch (e) {
    if (e instanceof PlanError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}

/** Every XML part of an .xlsx, each parsed by a strict XML 1.0 parser: the first error, or null. */
async function xmlErrors(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out: string[] = [];
  const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
  expect(parts.length).toBeGreaterThan(10);
  for (const part of parts) {
    const xml = await zip.file(part)!.async("string");
    const parser = new SaxesParser({ xmlns: true });
    let first: string | null = null;
    parser.on("error", (e) => (first ??= e.message));
    parser.write(xml).close();
    if (first) out.push(`${part}: ${first}`);
  }
  return out;
}

describe("plan size", () => {
  it("refuses /dev/zero after reading a few megabytes, not gigabytes", async () => {
    const r = await buildFile("/dev/zero", path.join(dir, "zero.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("  (file): is larger than 4 MB, the most a plan file may be (a real plan is a few kilobytes)");
  });

  it("refuses a file over 4 MB by its size", async () => {
    const r = await build(" ".repeat(4 * 1024 * 1024 + 1));
    expect(r.code).toBe(2);
    expect(r.err[1]).toBe("  (file): is larger than 4 MB, the most a plan file may be (a real plan is a few kilobytes)");
  });

  it("lists at most 50 of 100,000 unknown keys and counts the rest", async () => {
    const p = JSON.parse(FORCE);
    for (let i = 0; i < 100_000; i++) p[`k${i}`] = 1;
    const r = await build(JSON.stringify(p));
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/is not a valid plan \(100000 problems\); nothing was written:$/);
    expect(r.err).toHaveLength(1 + 50 + 1);
    expect(r.err[51]).toBe("  … and 99950 more (the first 50 are listed)");
  });
});

describe("keys that could reach a prototype", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "refuses %s as an unknown field, at the top and in a section",
    async (key) => {
      const text = FORCE.replace('"planVersion"', `"${key}": {"x": 1}, "planVersion"`).replace(
        '"incidentsPerYear"',
        `"${key}": 1, "incidentsPerYear"`,
      );
      const r = await build(text);
      expect(r.code).toBe(2);
      expect(r.err).toContainEqual(expect.stringMatching(new RegExp(`^ {2}${key}: is not a known field`)));
      expect(r.err).toContainEqual(expect.stringMatching(new RegExp(`^ {2}armedPolicing\\.${key}: is not a known field`)));
    },
  );

  it("in the pane, a __proto__ section in an imported file is validated, not hidden in a prototype", () => {
    const draft = parsePlanJson(FORCE.replace('"planVersion"', '"__proto__": {"soc": {"ocgsByBand": "lots"}}, "planVersion"')) as Record<
      string,
      unknown
    >;
    setPath(draft, ["__proto__", "polluted"], 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => validatePlan(planFromDraft(draft))).toThrow(/^__proto__: is not a known field/);
  });

  it("a planFromDraft copy of a plain object with an own __proto__ key keeps it as a field", () => {
    const plain = JSON.parse('{"planVersion": 1, "__proto__": {"x": 1}}');
    const copy = planFromDraft(plain) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(["planVersion", "__proto__"]);
    expect(Object.getPrototypeOf(copy)).toBeNull();
  });
});

describe("encodings and duplicate keys: one reader for both doors", () => {
  it("accepts a UTF-8 byte order mark", async () => {
    const r = await build(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FORCE)]));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("refuses Latin-1 text instead of reading U+FFFD", async () => {
    const r = await build(Buffer.from(FORCE.replace("Example plan", "Exemple établi"), "latin1"));
    expect(r.code).toBe(2);
    expect(r.err[1]).toMatch(/^ {2}\(file\): is not UTF-8 text \(the byte at offset \d+ is not valid UTF-8\); save the plan as UTF-8$/);
  });

  it("refuses a key given twice, with its path", async () => {
    const r = await build(FORCE.replace('"meanMinutes": 150', '"meanMinutes": 150, "meanMinutes": 15'));
    expect(r.code).toBe(2);
    expect(r.err[1]).toMatch(
      /^ {2}armedPolicing\.meanMinutes: is given twice in the same object \(again at line \d+, column \d+\); keep one$/,
    );
  });
});

describe("text a workbook cannot hold", () => {
  it.each([
    [
      "an event name with U+000B",
      (p: Editable) => (p.publicOrder.events[0].name = "Glastonbury\u000bFestival"),
      "publicOrder.events[0].name: holds a control or non-character (U+000B at character 12) that a workbook cannot hold; remove it",
    ],
    [
      "an event name with U+0000",
      (p: Editable) => (p.publicOrder.events[1].name = "\u0000"),
      "publicOrder.events[1].name: holds a control or non-character (U+0000 at character 1) that a workbook cannot hold; remove it",
    ],
    [
      "preparedBy with U+FFFE",
      (p: Editable) => (p.preparedBy = "Planner \ufffe"),
      "preparedBy: holds a control or non-character (U+FFFE at character 9) that a workbook cannot hold; remove it",
    ],
    [
      "preparedBy with U+FFFF",
      (p: Editable) => (p.preparedBy = "\uffff"),
      "preparedBy: holds a control or non-character (U+FFFF at character 1) that a workbook cannot hold; remove it",
    ],
    [
      "a lone surrogate",
      (p: Editable) => (p.soc.otherVolumes[0].name = "x\ud800"),
      "soc.otherVolumes[0].name: holds a control or non-character (U+D800 at character 2) that a workbook cannot hold; remove it",
    ],
  ])("refuses %s with its path", (_name, f, expected) => {
    expect(problems(edit(f))).toEqual([expected]);
  });

  it("accepts tabs, line breaks, accents and emoji", () => {
    expect(problems(edit((p) => (p.preparedBy = "Planning team\tÉquipe\n😀")))).toEqual([]);
  });

  it("quotes an unknown key that is not a plain name, so it cannot put control characters on the terminal", () => {
    expect(problems(edit((p) => (p.armedPolicing["\u001b[2J"] = 1)))[0]).toMatch(/^armedPolicing\["\\u001b\[2J"\]: is not a known field/);
  });

  it("every XML part of every example workbook is well-formed XML 1.0", async () => {
    for (const example of EXAMPLES) {
      // built where it stands, so a roll-up finds its force plans beside it
      const r = await buildFile(path.join(ROOT, "examples", example), path.join(dir, `${example}.xlsx`));
      expect(r.err).toEqual([]);
      expect(await xmlErrors(r.out)).toEqual([]);
    }
  });

  it("the writer strips what XML cannot hold even from a plan that skipped validation (a second line of defence)", async () => {
    const plan = JSON.parse(FORCE) as Plan;
    plan.preparedBy = "Planner \ufffe\uffff\u0000";
    plan.publicOrder!.events![0].name = "Glastonbury\u000bFestival\u0001";
    plan.soc!.otherVolumes![0].name = "Fraud\u001f\ud800";
    const port = new ExcelJsWorkbook();
    await buildWorkbook(plan, port, { builtAt: "2026-01-01T00:00:00Z", planDigest: "0", planSource: "hostile.json" });
    const out = path.join(dir, "hostile.xlsx");
    await saveWorkbookFile(port, out);
    expect(await xmlErrors(out)).toEqual([]);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain("GlastonburyFestival");
  });
});

describe("values the engine would refuse are refused by validation, with the plan path", () => {
  it("an event dated 1800", () => {
    expect(problems(edit((p) => (p.publicOrder.events[0].start = "1800-06-24T08:00")))).toEqual([
      'publicOrder.events[0].start: "1800-06-24T08:00" is before 1900-03-01, the earliest date a workbook holds as Excel does',
    ]);
    expect(problems(edit((p) => (p.publicOrder.events[0].start = "1900-03-01T00:00")))).toEqual([]);
  });

  it("1e309 (a number JSON.parse reads as Infinity)", () => {
    expect(problems(FORCE.replace('"peakFactor": 1.4', '"peakFactor": 1e309'))).toEqual([
      "armedPolicing.peakFactor: 1e309 is too large to be a number (at most about 1.8e308)",
    ]);
  });

  it("a build never fails on them with exit 1", async () => {
    const r = await build(edit((p) => (p.publicOrder.events[0].start = "1800-06-24T08:00")));
    expect(r.code).toBe(2);
  });
});

describe("the output file", () => {
  function deadPid(): number {
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    return Number(child.stdout.toString());
  }

  it("removes a temporary file left by a killed build (this name and the old one)", async () => {
    const out = path.join(dir, "stale.xlsx");
    const pid = deadPid();
    const stale = [path.join(dir, `.stale.xlsx.spr-tmp-${pid}`), path.join(dir, `.stale.xlsx.${pid}.tmp`)];
    stale.forEach((f) => fs.writeFileSync(f, "half a file"));
    const keep = path.join(dir, `.stale.xlsx.spr-tmp-${process.pid}x`);
    fs.writeFileSync(keep, "not ours");
    const r = await build(FORCE, out);
    expect(r.code).toBe(0);
    stale.forEach((f) => expect(fs.existsSync(f)).toBe(false));
    expect(fs.existsSync(keep)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes("spr-tmp") || f.endsWith(".tmp"))).toEqual([path.basename(keep)]);
    fs.rmSync(keep);
  });

  it("says what is there when the output is a dangling symbolic link", async () => {
    const out = path.join(dir, "link.xlsx");
    fs.symlinkSync(path.join(dir, "nowhere", "target.xlsx"), out);
    const r = await build(FORCE, out);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `spr build: ${out} is a symbolic link to ${path.join(dir, "nowhere", "target.xlsx")}, which does not exist (a dangling link); add --force to replace it`,
    ]);
    expect((await build(FORCE, out, "--force")).code).toBe(0);
    expect(fs.lstatSync(out).isFile()).toBe(true);
  });

  it("refuses a directory as the output, even with --force", async () => {
    const out = path.join(dir, "folder.xlsx");
    fs.mkdirSync(out);
    const r = await build(FORCE, out, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`spr build: ${out} is a directory; choose a file name`]);
  });
});
