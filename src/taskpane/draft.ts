/**
 * The plan being edited in the pane: a plain JSON object that the form, the assumption editor and the import all
 * write into by path ("publicOrder.events[3].end", the paths the plan validator reports), and that is validated as a
 * whole when the user builds. Pure: no DOM.
 *
 * No key may reach a prototype: reads follow own properties only, new objects have no prototype, and keys are
 * written as own data properties, so a "__proto__" or "constructor" key (from an imported file) is just an unknown
 * field the validator reports with its path.
 */
export type Draft = Record<string, unknown>;
export type PathPart = string | number;

/** "publicOrder.events[3].end" → ["publicOrder", "events", 3, "end"]. */
export function parsePath(path: string): PathPart[] {
  const out: PathPart[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/** The validator's spelling of a path: names joined by ".", indexes in brackets. */
export function pathText(parts: PathPart[]): string {
  return parts.reduce<string>((a, p) => (typeof p === "number" ? `${a}[${p}]` : a ? `${a}.${p}` : p), "");
}

function ownValue(obj: object, key: PathPart): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<PathPart, unknown>)[key] : undefined;
}

/** Sets an own data property (never the `__proto__` setter). */
function put(obj: object, key: PathPart, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

export function getPath(obj: unknown, parts: PathPart[]): unknown {
  let at = obj;
  for (const p of parts) {
    if (at === null || typeof at !== "object") return undefined;
    at = ownValue(at, p);
  }
  return at;
}

/**
 * Sets a value, creating objects and lists on the way. `undefined` removes the key (a list keeps its length: the
 * slot becomes null, so the items after it keep their positions and the validator can point at the blank one).
 */
export function setPath(obj: Draft, parts: PathPart[], value: unknown): void {
  let at: Record<PathPart, unknown> = obj;
  parts.slice(0, -1).forEach((p, i) => {
    const next = parts[i + 1];
    const child = ownValue(at, p);
    if (child === null || typeof child !== "object") put(at, p, typeof next === "number" ? [] : Object.create(null));
    at = ownValue(at, p) as Record<PathPart, unknown>;
  });
  const last = parts[parts.length - 1];
  if (value !== undefined) put(at, last, value);
  else if (Array.isArray(at)) at[last as number] = null;
  else delete at[last];
}

/** Removes an item from a list by path, closing the gap. */
export function removeAt(obj: Draft, listPath: PathPart[], index: number): void {
  const list = getPath(obj, listPath);
  if (Array.isArray(list)) list.splice(index, 1);
}

export type NumberReading = { ok: true; value: number | undefined } | { ok: false; message: string };

/**
 * Reads a number as a planner types it: blank is "not given"; thousands separators and spaces are allowed
 * ("1,234.5"); a trailing % divides by 100 only where the field is a fraction; anything else is refused in plain words.
 */
export function readNumber(text: string, opts: { integer?: boolean; fraction?: boolean } = {}): NumberReading {
  const t = text.trim();
  if (t === "") return { ok: true, value: undefined };
  const percent = opts.fraction && t.endsWith("%");
  const body = (percent ? t.slice(0, -1) : t).replace(/[\s,]/g, "").replace(/^£/, "");
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(body)) {
    return {
      ok: false,
      message: `Enter a number${opts.integer ? " (a whole number)" : ""}, for example ${opts.fraction ? "0.25 or 25%" : opts.integer ? "12" : "12 or 2.5"}.`,
    };
  }
  const value = percent ? Number(body) / 100 : Number(body);
  if (opts.integer && !Number.isInteger(value)) return { ok: false, message: "Enter a whole number, for example 12." };
  return { ok: true, value };
}

/** A copy of the draft without empty text, so a blank optional field is simply left out of the plan. */
export function planFromDraft(d: Draft): unknown {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === "object") {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, x] of Object.entries(v)) {
        const c = clean(x);
        if (c !== undefined && c !== "") put(out, k, c);
      }
      return out;
    }
    return v;
  };
  return clean(d);
}
