// The one plan reader: bytes → JSON with no prototypes, duplicate keys and non-UTF-8 text refused with where they are.
import fc from "fast-check";
import { MAX_PLAN_BYTES, MAX_PLAN_DEPTH, PlanError, decodePlanBytes, parsePlanJson } from "./read";

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanError) return e.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
    throw e;
  }
  return "";
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodePlanBytes", () => {
  it("accepts a UTF-8 byte order mark and drops it", () => {
    expect(decodePlanBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":"é"}')]))).toBe('{"a":"é"}');
  });

  it("refuses Latin-1 text with the offset of the first bad byte, rather than reading U+FFFD", () => {
    // "Café" in Latin-1: é is the single byte 0xE9 at offset 12
    const latin1 = new Uint8Array([...utf8('{"name":"Caf'), 0xe9, ...utf8('"}')]);
    expect(problem(() => decodePlanBytes(latin1))).toBe(
      "(file): is not UTF-8 text (the byte at offset 12 is not valid UTF-8); save the plan as UTF-8",
    );
  });

  it("refuses UTF-16 (a plan saved by Notepad as 'Unicode')", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(problem(() => decodePlanBytes(utf16))).toMatch(/^\(file\): is not UTF-8 text \(the byte at offset 0/);
  });

  it("refuses a file over the documented size before decoding it", () => {
    expect(problem(() => decodePlanBytes(new Uint8Array(MAX_PLAN_BYTES + 1)))).toBe(
      "(file): is larger than 4 MB, the most a plan file may be (a real plan is a few kilobytes)",
    );
    expect(problem(() => decodePlanBytes(utf8(" ".repeat(100) + "{}")))).toBe("");
  });
});

describe("parsePlanJson", () => {
  it("reads what JSON.parse reads, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v);
        expect(JSON.stringify(parsePlanJson(text))).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("gives objects no prototype, so no key reaches one", () => {
    const v = parsePlanJson('{"__proto__": {"polluted": 1}, "constructor": 2, "toString": 3}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.keys(v)).toEqual(["__proto__", "constructor", "toString"]);
    expect(v["__proto__"]).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a key given twice, with its path and where it is again", () => {
    expect(problem(() => parsePlanJson('{"armedPolicing": {"meanMinutes": 150,\n "meanMinutes": 15}}'))).toBe(
      "armedPolicing.meanMinutes: is given twice in the same object (again at line 2, column 2); keep one",
    );
    expect(problem(() => parsePlanJson('{"a": [{"x": 1}, {"x": 1, "x": 2}]}'))).toMatch(/^a\[1\]\.x: is given twice/);
  });

  it("refuses a number too large to hold where it stands (JSON.parse reads 1e309 as Infinity)", () => {
    expect(problem(() => parsePlanJson('{"armedPolicing": {"peakFactor": 1e309}}'))).toBe(
      "armedPolicing.peakFactor: 1e309 is too large to be a number (at most about 1.8e308)",
    );
    expect(problem(() => parsePlanJson('{"soc": {"hoursByBand": [1e-400]}}'))).toBe(
      "soc.hoursByBand[0]: 1e-400 is too small to be a number (nearer 0 than about 5e-324); write 0 if 0 is meant",
    );
    expect(parsePlanJson("0e-400")).toBe(0);
    expect(parsePlanJson("0.000e5")).toBe(0);
    expect(parsePlanJson("-0")).toBe(0);
    expect(Object.is(parsePlanJson("-0"), 0)).toBe(true);
  });

  it("refuses nesting beyond the documented depth without exhausting the stack", () => {
    expect(problem(() => parsePlanJson("[".repeat(100_000)))).toMatch(new RegExp(`nested more than ${MAX_PLAN_DEPTH} levels deep`));
    expect(() => parsePlanJson("[".repeat(MAX_PLAN_DEPTH) + "]".repeat(MAX_PLAN_DEPTH))).not.toThrow();
  });

  it.each([
    ["", "(file): not valid JSON at line 1, column 1: the file is empty"],
    ['{"a": 1,}', '(file): not valid JSON at line 1, column 9: expected a field name in quotes, found "}"'],
    ['{"a": 1} x', '(file): not valid JSON at line 1, column 10: unexpected "x" after the end of the plan'],
    [
      '{"a": "x\ty"}',
      "(file): not valid JSON at line 1, column 9: a control character (U+0009) inside text; write it as an escape or remove it",
    ],
    ['{"a": 01}', '(file): not valid JSON at line 1, column 8: expected "," or "}", found "1"'],
    ['{"a": "\\x"}', "(file): not valid JSON at line 1, column 8: an unknown escape \\x"],
    ['{"a": NaN}', '(file): not valid JSON at line 1, column 7: expected a value, found "N"'],
    ['{"a": "open', '(file): not valid JSON at line 1, column 12: text that is never closed (a missing ")'],
  ])("refuses %j with the line and column", (text, expected) => {
    expect(problem(() => parsePlanJson(text))).toBe(expected);
  });
});
