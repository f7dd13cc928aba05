/**
 * The one plan reader both doors use (the `spr build` command and the task pane's import): bytes → checked JSON.
 *
 * - A plan is at most MAX_PLAN_BYTES (a real plan is a few kilobytes; the largest the schema allows is well under).
 * - The text must be UTF-8 (RFC 8259 §8.1); a leading byte order mark is accepted and dropped. Anything else (Latin-1,
 *   UTF-16) is refused with the byte where it stops being UTF-8, never read as U+FFFD.
 * - JSON as RFC 8259 writes it, read by our own parser so that: a key given twice in one object is refused with its
 *   path (JSON.parse silently keeps the last); objects have no prototype, so no key ("__proto__", "constructor",
 *   "toString") can reach or shadow one; a number too large (1e309) or too small (1e-400) to hold is refused where it
 *   stands, rather than read as Infinity or 0; nesting deeper than MAX_PLAN_DEPTH is refused (a plan is six levels).
 * Every problem is a PlanError at "(file)" or at the path of the value, like the validator's.
 */
import { Problem, joinPath } from "./json-schema";

/** The largest plan file read, in bytes (4 MiB). */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;
/** The deepest nesting of objects and lists read. */
export const MAX_PLAN_DEPTH = 32;
/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 50;

export class PlanError extends Error {
  /** Problems beyond MAX_PROBLEMS are counted here, not listed. */
  readonly more: number;
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const listed = problems.slice(0, MAX_PROBLEMS);
    const more = problems.length - listed.length;
    super(
      [...listed.map((p) => `${p.path}: ${p.message}`), ...(more ? [`… and ${more} more problem${more === 1 ? "" : "s"}`] : [])].join("\n"),
    );
    this.name = "PlanError";
    this.problems = listed;
    this.more = more;
  }

  /** How many problems there were in all. */
  get count(): number {
    return this.problems.length + this.more;
  }
}

function fileProblem(message: string): PlanError {
  return new PlanError([{ path: "(file)", message }]);
}

const MIB = (MAX_PLAN_BYTES / 1024 / 1024).toString();

/** The size rule, for a door that knows a file's size before reading it. */
export function checkPlanSize(bytes: number): void {
  if (bytes > MAX_PLAN_BYTES) throw fileProblem(`is larger than ${MIB} MB, the most a plan file may be (a real plan is a few kilobytes)`);
}

/** Bytes → text: strict UTF-8, a leading byte order mark dropped. */
export function decodePlanBytes(bytes: Uint8Array): string {
  checkPlanSize(bytes.length);
  try {
    // ignoreBOM false (the default): a leading U+FEFF is consumed, not returned
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem(`is not UTF-8 text (the byte at offset ${firstBadByte(bytes)} is not valid UTF-8); save the plan as UTF-8`);
  }
}

/** The offset of the first byte that breaks UTF-8 (for the message only). */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    const n = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON text may not hold raw U+0000–U+001F (RFC 8259 §7)
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Text → JSON values with prototype-free objects. Throws PlanError. */
export function parsePlanJson(text: string): unknown {
  if (text.length > MAX_PLAN_BYTES) checkPlanSize(text.length);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let i = 0;

  const where = (at: number): string => {
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    return `line ${line}, column ${at - before.lastIndexOf("\n")}`;
  };
  const fail = (message: string, at = i): never => {
    throw fileProblem(`not valid JSON at ${where(at)}: ${message}`);
  };
  const found = (): string => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
  const ws = (): void => {
    WS.lastIndex = i;
    WS.test(text);
    i = WS.lastIndex;
  };

  const str = (): string => {
    i++; // the opening quote
    let out = "";
    for (;;) {
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      out += text.slice(i, PLAIN.lastIndex);
      i = PLAIN.lastIndex;
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === undefined) fail('text that is never closed (a missing ")');
      if (c !== "\\")
        fail(
          `a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) inside text; write it as an escape or remove it`,
        );
      const e = text[i + 1];
      if (e === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("\\u must be followed by four hexadecimal digits");
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        i += 2;
      } else fail(`an unknown escape \\${e ?? ""}`);
    }
  };

  const value = (path: string, depth: number): Json => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      if (depth >= MAX_PLAN_DEPTH)
        throw new PlanError([{ path: path || "(plan)", message: `nested more than ${MAX_PLAN_DEPTH} levels deep (a plan has six)` }]);
      return c === "{" ? object(path, depth + 1) : list(path, depth + 1);
    }
    if (c === '"') return str();
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0] !== "-") {
      const x = Number(m[0]);
      if (!Number.isFinite(x))
        throw new PlanError([
          { path: path || "(plan)", message: `${m[0].slice(0, 40)} is too large to be a number (at most about 1.8e308)` },
        ]);
      // 1e-400 would read as 0: a different figure from the one written
      if (x === 0 && /[1-9]/.test(m[0].split(/[eE]/)[0]))
        throw new PlanError([
          {
            path: path || "(plan)",
            message: `${m[0].slice(0, 40)} is too small to be a number (nearer 0 than about 5e-324); write 0 if 0 is meant`,
          },
        ]);
      i = NUMBER.lastIndex;
      return x === 0 ? 0 : x; // -0 is 0
    }
    for (const [word, v] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(`expected a value, found ${found()}`);
  };

  /** Past the opening bracket: true (and past the closing one) when the object or list is empty. */
  const empty = (close: "}" | "]"): boolean => {
    i++;
    ws();
    if (text[i] !== close) return false;
    i++;
    return true;
  };

  /** After an item: "," means another follows (false), the closing bracket that the object or list is done (true). */
  const closed = (close: "}" | "]"): boolean => {
    ws();
    if (text[i] === ",") {
      i++;
      return false;
    }
    if (text[i] !== close) fail(`expected "," or "${close}", found ${found()}`);
    i++;
    return true;
  };

  const object = (path: string, depth: number): Json => {
    const out = Object.create(null) as { [key: string]: Json };
    const seen = new Set<string>();
    if (empty("}")) return out;
    for (;;) {
      ws();
      if (text[i] !== '"') fail(`expected a field name in quotes, found ${found()}`);
      const at = i;
      const key = str();
      const keyPath = joinPath(path, key);
      if (seen.has(key))
        throw new PlanError([{ path: keyPath, message: `is given twice in the same object (again at ${where(at)}); keep one` }]);
      seen.add(key);
      ws();
      if (text[i] !== ":") fail(`expected ":" after a field name, found ${found()}`);
      i++;
      out[key] = value(keyPath, depth);
      if (closed("}")) return out;
    }
  };

  const list = (path: string, depth: number): Json => {
    const out: Json[] = [];
    if (empty("]")) return out;
    for (;;) {
      out.push(value(joinPath(path, out.length), depth));
      if (closed("]")) return out;
    }
  };

  ws();
  if (i >= text.length) fail("the file is empty");
  const v = value("", 0);
  ws();
  if (i < text.length) fail(`unexpected ${found()} after the end of the plan`);
  return v;
}
