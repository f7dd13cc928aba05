// Malformed plan files through `spr build`: a clear message and no file written, never a stack trace.
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../../src/cli/build-command";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json")).map((f) => fs.readFileSync(path.join(ROOT, "examples", f), "utf8"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-planfuzz-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths to every value in a JSON document. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length ? [at] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === "object") return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return here;
}

function mutate(doc: Json, at: (string | number)[], kind: "delete" | "replace", value: Json): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = at[at.length - 1];
  if (kind === "delete") {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const weird: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, -0.5, 1e308, "", "x", "2026-13-45T99:99", [], {}, [1, 2, 3], { a: 1 }),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

let n = 0;
async function run(text: string): Promise<{ code: number; err: string; out: string; file: string }> {
  const planFile = path.join(dir, `plan${n}.json`);
  const file = path.join(dir, `out${n++}.xlsx`);
  fs.writeFileSync(planFile, text);
  const err: string[] = [];
  const out: string[] = [];
  const code = await buildCommand([planFile, "-o", file], { out: (s) => out.push(s), err: (s) => err.push(s) }, () => new Date(0), false);
  return { code, err: err.join("\n"), out: out.join("\n"), file };
}

function checkOutcome(r: { code: number; err: string; out: string; file: string }): void {
  expect(r.err).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // no stack trace
  if (r.code === 0) {
    expect(fs.existsSync(r.file)).toBe(true);
    return;
  }
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^spr build: .* is not a valid plan \(\d+ problems?\); nothing was written:\n {2}\S/);
  expect(fs.existsSync(r.file)).toBe(false);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("malformed plans through spr build", () => {
  it("truncated JSON gets a clear message and no file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLES), fc.double({ min: 0, max: 0.999, noNaN: true }), async (text, cut) => {
        checkOutcome(await run(text.slice(0, Math.floor(text.length * cut))));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("deleted or retyped fields get a clear message (or a valid workbook), never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLES), fc.nat(), fc.constantFrom<"delete" | "replace">("delete", "replace"), weird, async (text, pick, kind, value) => {
        const doc = JSON.parse(text) as Json;
        const all = paths(doc);
        const at = all[pick % all.length];
        checkOutcome(await run(JSON.stringify(mutate(doc, at, kind, value))));
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it("absurd sizes are refused before any work", async () => {
    const doc = JSON.parse(EXAMPLES.find((t) => t.includes("publicOrder"))!);
    doc.publicOrder.events = Array.from({ length: 20000 }, (_, i) => ({ name: `e${i}`, start: "2026-06-01T10:00", end: "2026-06-01T12:00", attendance: 10, risk: "low" }));
    const r = await run(JSON.stringify(doc));
    checkOutcome(r);
    expect(r.err).toContain("publicOrder.events: expected at most 10000 items, found 20000");
  });
});
