// Malformed plan files through `spr build`: a clear message and no file written, never a stack trace.
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../../src/cli/build-command";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => fs.readFileSync(path.join(ROOT, "examples", f), "utf8"));
const OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();
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
async function run(text: string | Buffer): Promise<{ code: number; err: string; out: string; file: string }> {
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
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.includes(".spr-tmp-"))).toEqual([]);
}

/** Paths to every object (where a key can be added) and every text value in a document. */
function objectPaths(doc: Json): (string | number)[][] {
  return [
    [],
    ...paths(doc).filter((at) => {
      const v = at.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k], doc);
      return v !== null && typeof v === "object" && !Array.isArray(v);
    }),
  ];
}

function textPaths(doc: Json): (string | number)[][] {
  return paths(doc).filter(
    (at) => typeof at.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k], doc) === "string" && at[0] !== "$schema",
  );
}

/** Adds `key: value` to the object at `at`, written as JSON text (so "__proto__" stays a key, as in a file). */
function withKey(doc: Json, at: (string | number)[], key: string, value: Json): string {
  const marker = "\u0000MARK\u0000";
  const copy = mutate(doc, [...at, marker], "replace", 0);
  return JSON.stringify(copy).replace(`${JSON.stringify(marker)}:0`, `${JSON.stringify(key)}:${JSON.stringify(value)}`);
}

const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "__defineGetter__",
  "prototype",
];
// characters XML 1.0 cannot hold (section 2.2): C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates
const NOT_XML = [...Array.from({ length: 32 }, (_, i) => i).filter((c) => ![9, 10, 13].includes(c)), 0xfffe, 0xffff, 0xd800, 0xdfff].map(
  (c) => String.fromCharCode(c),
);

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
      fc.asyncProperty(
        fc.constantFrom(...EXAMPLES),
        fc.nat(),
        fc.constantFrom<"delete" | "replace">("delete", "replace"),
        weird,
        async (text, pick, kind, value) => {
          const doc = JSON.parse(text) as Json;
          const all = paths(doc);
          const at = all[pick % all.length];
          checkOutcome(await run(JSON.stringify(mutate(doc, at, kind, value))));
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
  });

  it("keys that could reach a prototype are unknown fields, at any depth, and pollute nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...EXAMPLES),
        fc.nat(),
        fc.constantFrom(...PROTOTYPE_KEYS),
        weird,
        async (text, pick, key, value) => {
          const doc = JSON.parse(text) as Json;
          const all = objectPaths(doc);
          const at = all[pick % all.length];
          const r = await run(withKey(doc, at, key, value));
          checkOutcome(r);
          expect(r.code).toBe(2);
          expect(r.err).toMatch(new RegExp(`(^ *|\\.)${key}: (is not a known field|expected|no planning assumption)`, "m"));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("text holding a character XML cannot hold is refused with its path", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLES), fc.nat(), fc.constantFrom(...NOT_XML), fc.nat(), async (text, pick, bad, where) => {
        const doc = JSON.parse(text) as Json;
        const all = textPaths(doc);
        const at = all[pick % all.length];
        const old = at.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k], doc) as string;
        const i = where % (old.length + 1);
        const r = await run(JSON.stringify(mutate(doc, at, "replace", old.slice(0, i) + bad + old.slice(i))));
        checkOutcome(r);
        expect(r.code).toBe(2);
        expect(r.err).toContain("that a workbook cannot hold; remove it");
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("encodings: a BOM is accepted; Latin-1, UTF-16 and broken bytes are refused as not UTF-8", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...EXAMPLES),
        fc.constantFrom("latin1", "utf16le", "utf16be", "flip"),
        fc.nat(),
        async (text, kind, pick) => {
          const accented = text.replace(/"preparedBy": "/, '"preparedBy": "Équipe de planification — ');
          let bytes: Buffer;
          if (kind === "latin1") bytes = Buffer.from(accented.replace("—", "-"), "latin1");
          else if (kind === "utf16le") bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(accented, "utf16le")]);
          else if (kind === "utf16be") bytes = Buffer.from(accented, "utf16le").swap16();
          else {
            bytes = Buffer.from(accented, "utf8");
            bytes[pick % bytes.length] = 0x80 | (pick % 0x40); // a continuation byte where a character should start
          }
          const r = await run(bytes);
          checkOutcome(r);
          expect(r.code).toBe(2);
          expect(r.err).toMatch(/is not UTF-8 text|not valid JSON/);
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
    for (const text of EXAMPLES) checkOutcome(await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
  });

  it("a key given twice anywhere is refused with its path", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLES), fc.nat(), async (text, pick) => {
        const doc = JSON.parse(text) as Json;
        const keyed = paths(doc).filter((at) => typeof at[at.length - 1] === "string");
        const at = keyed[pick % keyed.length];
        const key = at[at.length - 1] as string;
        const r = await run(withKey(doc, at.slice(0, -1), key, 1));
        checkOutcome(r);
        expect(r.code).toBe(2);
        expect(r.err).toContain(`: is given twice in the same object`);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it("absurd sizes are refused before any work", async () => {
    const doc = JSON.parse(EXAMPLES.find((t) => t.includes("publicOrder"))!);
    doc.publicOrder.events = Array.from({ length: 20000 }, (_, i) => ({
      name: `e${i}`,
      start: "2026-06-01T10:00",
      end: "2026-06-01T12:00",
      attendance: 10,
      risk: "low",
    }));
    const r = await run(JSON.stringify(doc));
    checkOutcome(r);
    expect(r.err).toContain("publicOrder.events: expected at most 10000 items, found 20000");
  });
});
