/**
 * A small fake of the Excel objects the Office.js adapter uses, strict where Excel is strict:
 * - operations are queued and applied only at `context.sync()`, in order; the first that fails rejects the sync and
 *   the rest of that batch is dropped (what was applied before it stays, as in Excel);
 * - a loaded property can be read only after `load` and a `sync`; reading it earlier throws, as Office.js does;
 * - sheet names are unique (any case), at most 31 characters, without []:*?/\; table names unique in the workbook;
 * - a formula naming a sheet that does not exist is refused; renaming a sheet carries formulas along; deleting one
 *   turns references to it into #REF!.
 * `failWhen` makes a chosen operation fail, to test what a failed build leaves behind.
 */
import { formulaRefs, retargetSheets } from "../../src/workbook/formula-refs";
import { StyleLook } from "../../src/workbook/styles";

/** A cell: what was written into it, and how it looks (the same properties as the adapter's style table). */
export interface FakeCell extends StyleLook {
  formula?: string;
  value?: string | number | boolean;
  /** What Excel would show for a formula cell (the fake does not calculate). */
  computed?: string | number | boolean;
  numberFormat?: string;
}

export interface FakeTable {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  style?: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  props: Map<string, string>;
  /** Sheet-scoped names and their formulas (="text"). */
  names: Map<string, string>;
  cells: Map<string, FakeCell>;
  tables: FakeTable[];
  conditionalFormats: {
    row: number;
    col: number;
    rows: number;
    cols: number;
    text?: string;
    fill?: string;
    font?: string;
    bold?: boolean;
  }[];
  charts: { type: string; values: string; labels?: string; title?: string; seriesName?: string; legend?: boolean; at?: string }[];
  columnWidths: Map<number, number>;
  frozenRows: number;
}

type Op = { label: string; apply: () => void };
const BAD_NAME = /[[\]:*?/\\]/;

function a1(row: number, col: number): string {
  let c = col + 1;
  let s = "";
  while (c > 0) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    c = Math.floor((c - 1) / 26);
  }
  return `${s}${row + 1}`;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  active = "";
  syncs = 0;
  ops: string[] = [];
  failWhen: (label: string) => boolean = () => false;
  private nextId = 1;

  addSheet(name: string, props: Record<string, string> = {}): FakeSheet {
    const s: FakeSheet = {
      id: `{S${this.nextId++}}`,
      name,
      props: new Map(Object.entries(props)),
      names: new Map(),
      cells: new Map(),
      tables: [],
      conditionalFormats: [],
      charts: [],
      columnWidths: new Map(),
      frozenRows: 0,
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  byId(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** A formula as Excel would show it now: sheet references under their current names, #REF! for deleted sheets. */
  formulaAt(sheet: string, ref: string): string | undefined {
    const s = this.sheet(sheet);
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...letters].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const stored = s?.cells.get(`${Number(digits) - 1},${col}`)?.formula;
    return stored?.replace(/'\[(\{S\d+\})\]'!/g, (_m, id: string) => {
      const target = this.byId(id);
      return target ? `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(target.name) ? target.name : `'${target.name.replace(/'/g, "''")}'`}!` : "#REF!";
    });
  }

  allTables(): { table: FakeTable; sheet: FakeSheet }[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ table, sheet })));
  }

  /** Excel.run over this fake. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

  checkName(name: string, except?: FakeSheet): void {
    if (!name || name.length > 31 || BAD_NAME.test(name)) throw new Error(`InvalidArgument: bad sheet name "${name}"`);
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: a sheet is called "${name}"`);
  }

  /** Stores a formula with its sheet references by sheet id, so renames carry it along. */
  storeFormula(formula: string): string {
    for (const r of formulaRefs(formula))
      if (r.sheet !== null && !this.sheet(r.sheet))
        throw new Error(`InvalidArgument: formula names a sheet that does not exist: ${r.sheet}`);
    const byId = new Map(
      formulaRefs(formula).flatMap((r) => (r.sheet === null ? [] : [[r.sheet, `[${this.sheet(r.sheet)!.id}]`] as [string, string]])),
    );
    return retargetSheets(formula, byId);
  }

  newId(): string {
    return `{S${this.nextId++}}`;
  }
}

class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} was read before load() and sync()`);
    return this.loaded.get(prop) as T;
  }
  /** Queues a load: `snapshot` runs at sync and its properties become readable. */
  protected queueLoad(label: string, snapshot: () => Record<string, unknown>): void {
    this.ctx.queue(`${label}.load`, () => {
      for (const [k, v] of Object.entries(snapshot())) this.loaded.set(k, v);
    });
  }
}

class FakeContext {
  private pending: Op[] = [];
  readonly workbook: {
    worksheets: WorksheetCollection;
    tables: TableCollection;
    settings: { getItemOrNullObject(key: string): SettingProxy; add(key: string, value: unknown): void };
  };
  constructor(readonly fx: FakeExcel) {
    this.workbook = {
      worksheets: new WorksheetCollection(this),
      tables: new TableCollection(this),
      settings: {
        getItemOrNullObject: (key: string) => new SettingProxy(this, key),
        add: (key: string, value: unknown) => this.queue("settings.add", () => void fx.settings.set(key, value)),
      },
    };
  }
  queue(label: string, apply: () => void): void {
    this.pending.push({ label, apply });
  }
  async sync(): Promise<void> {
    this.fx.syncs++;
    const ops = this.pending;
    this.pending = [];
    for (const op of ops) {
      this.fx.ops.push(op.label);
      if (this.fx.failWhen(op.label)) throw new Error(`GeneralException: ${op.label} failed`);
      op.apply();
    }
  }
}

class SettingProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private key: string,
  ) {
    super(ctx);
  }
  load(): void {
    this.queueLoad("setting", () => ({ isNullObject: !this.ctx.fx.settings.has(this.key), value: this.ctx.fx.settings.get(this.key) }));
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
}

class WorksheetCollection extends Loadable {
  load(): void {
    this.queueLoad("worksheets", () => ({ items: this.ctx.fx.sheets.map((s) => WorksheetProxy.loadedFrom(this.ctx, s)) }));
  }
  get items(): WorksheetProxy[] {
    return this.get("items");
  }
  add(name: string): WorksheetProxy {
    let sheet: FakeSheet | undefined;
    this.ctx.queue("worksheets.add", () => {
      this.ctx.fx.checkName(name);
      sheet = this.ctx.fx.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => sheet ?? fail(`sheet ${name} was never added`));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.fx.sheet(name) ?? fail(`ItemNotFound: no sheet ${name}`));
  }
}

/**
 * An object whose properties can only be set, each setting queued as an operation labelled `prefix.property`
 * (Office.js proxies: setting font.bold or chart.title.text queues a command for the next sync).
 */
function writeOnly(
  queue: (label: string, f: () => void) => void,
  prefix: string,
  apply: Record<string, (v: never) => void>,
): Record<string, unknown> {
  const o = {};
  for (const [k, f] of Object.entries(apply)) Object.defineProperty(o, k, { set: (v) => queue(`${prefix}.${k}`, () => f(v as never)) });
  return o;
}

function fail(message: string): never {
  // Office.js errors carry their code ("ItemNotFound") as well as a message
  throw Object.assign(new Error(message), { code: message.split(":")[0] });
}

class WorksheetProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly target: () => FakeSheet,
  ) {
    super(ctx);
  }
  static loadedFrom(ctx: FakeContext, s: FakeSheet): WorksheetProxy {
    const p = new WorksheetProxy(ctx, () => ctx.fx.byId(s.id) ?? fail(`ItemNotFound: sheet ${s.id} is gone`));
    p.loaded.set("name", s.name);
    p.loaded.set("id", s.id);
    return p;
  }
  load(): void {
    this.queueLoad("worksheet", () => ({ name: this.target().name, id: this.target().id }));
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.queue("worksheet.name", () => {
      const s = this.target();
      this.ctx.fx.checkName(v, s);
      s.name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.ctx.queue("worksheet.delete", () => {
      const s = this.target();
      if (this.ctx.fx.sheets.length === 1) throw new Error("InvalidOperation: a workbook must keep one sheet");
      this.ctx.fx.sheets = this.ctx.fx.sheets.filter((x) => x !== s);
    });
  }
  activate(): void {
    this.ctx.queue("worksheet.activate", () => void (this.ctx.fx.active = this.target().name));
  }
  get customProperties() {
    return {
      add: (key: string, value: string) => this.ctx.queue("customProperties.add", () => void this.target().props.set(key, value)),
      getItemOrNullObject: (key: string) => new PropertyProxy(this.ctx, () => this.target().props.get(key)),
    };
  }
  get names() {
    return {
      add: (name: string, formula: string) =>
        this.ctx.queue("names.add", () => {
          const names = this.target().names;
          if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
            throw new Error(`InvalidArgument: the name ${name} already exists`);
          names.set(name, formula);
        }),
      getItemOrNullObject: (name: string) => new PropertyProxy(this.ctx, () => this.target().names.get(name)),
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.queue("freezePanes.freezeRows", () => void (this.target().frozenRows = n)) };
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this.target, row, col, rows, cols);
  }
  get tables() {
    return {
      add: (range: RangeProxy, hasHeaders: boolean) => {
        const table: FakeTable = { name: "", row: range.row, col: range.col, rows: range.rows, cols: range.cols };
        this.ctx.queue("tables.add", () => {
          if (!hasHeaders) throw new Error("the adapter always writes header rows");
          table.name = `Table${this.ctx.fx.allTables().length + 1}`;
          while (this.ctx.fx.allTables().some((t) => t.table.name.toLowerCase() === table.name.toLowerCase())) table.name += "x";
          this.target().tables.push(table);
        });
        return new TableProxy(this.ctx, () => table);
      },
    };
  }
  get charts() {
    return {
      add: (type: string, values: RangeProxy, seriesBy: string) => {
        const chart: FakeSheet["charts"][number] = { type, values: values.address() };
        this.ctx.queue("charts.add", () => {
          if (seriesBy !== "Columns") throw new Error("expected series by columns");
          this.target().charts.push(chart);
        });
        const set = (label: string, f: () => void) => this.ctx.queue(label, f);
        return {
          series: {
            getItemAt: () =>
              Object.assign(writeOnly(set, "series", { name: (v) => (chart.seriesName = v) }), {
                setXAxisValues: (r: RangeProxy) => set("series.setXAxisValues", () => void (chart.labels = r.address())),
              }),
          },
          title: writeOnly(set, "chart.title", { text: (v) => (chart.title = v) }),
          legend: writeOnly(set, "chart.legend", { visible: (v) => (chart.legend = v) }),
          setPosition: (at: string) => set("chart.setPosition", () => void (chart.at = at)),
        };
      },
    };
  }
}

class PropertyProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private read: () => string | undefined,
  ) {
    super(ctx);
  }
  load(): void {
    this.queueLoad("customProperty", () => ({ isNullObject: this.read() === undefined, value: this.read() }));
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): string {
    return this.get("value");
  }
  /** For a named item: its formula (held where a property holds its value). */
  get formula(): string {
    return this.get("value");
  }
}

class TableProxy {
  constructor(
    private ctx: FakeContext,
    private target: () => FakeTable,
  ) {}
  set name(v: string) {
    this.ctx.queue("table.name", () => {
      const t = this.target();
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(v)) throw new Error(`InvalidArgument: bad table name ${v}`);
      if (this.ctx.fx.allTables().some((x) => x.table !== t && x.table.name.toLowerCase() === v.toLowerCase()))
        throw new Error(`ItemAlreadyExists: table ${v}`);
      t.name = v;
    });
  }
  set style(v: string) {
    this.ctx.queue("table.style", () => void (this.target().style = v));
  }
}

class TableCollection extends Loadable {
  load(): void {
    this.queueLoad("tables", () => ({
      items: this.ctx.fx.allTables().map(({ table, sheet }) => ({ name: table.name, worksheet: { name: sheet.name } })),
    }));
  }
  get items(): { name: string; worksheet: { name: string } }[] {
    return this.get("items");
  }
  getItem(name: string): TableProxy {
    return new TableProxy(
      this.ctx,
      () =>
        this.ctx.fx.allTables().find((t) => t.table.name.toLowerCase() === name.toLowerCase())?.table ??
        fail(`ItemNotFound: table ${name}`),
    );
  }
}

class RangeProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private sheet: () => FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    private wholeColumn = false,
  ) {
    super(ctx);
  }
  /**
   * Loads values and formulas as Excel gives them: a constant in both (a blank as ""); a formula cell's formula with
   * its "=" and, as its value, what `computed` says Excel would show (the fake does not calculate; tests set it).
   */
  load(props: string): void {
    if (props !== "formulas,values") throw new Error(`the fake loads formulas and values together, not ${props}`);
    this.queueLoad("range", () => {
      const s = this.sheet();
      const at = (i: number, j: number) => s.cells.get(`${this.row + i},${this.col + j}`) ?? {};
      const grid = <T>(f: (c: FakeCell) => T) =>
        Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => f(at(i, j))));
      // text written with a leading apostrophe (kept as text, never a formula) reads back without it, as in Excel
      const constant = (c: FakeCell) => (typeof c.value === "string" && c.value.startsWith("'") ? c.value.slice(1) : (c.value ?? ""));
      return {
        formulas: grid((c) => (c.formula !== undefined ? c.formula : constant(c))),
        values: grid((c) => (c.formula !== undefined ? (c.computed ?? "") : constant(c))),
      };
    });
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  address(): string {
    return `${a1(this.row, this.col)}:${a1(this.row + this.rows - 1, this.col + this.cols - 1)}`;
  }
  private each(label: string, f: (c: FakeCell, i: number, j: number) => void): void {
    this.ctx.queue(label, () => {
      const s = this.sheet();
      for (let i = 0; i < this.rows; i++)
        for (let j = 0; j < this.cols; j++) {
          const key = `${this.row + i},${this.col + j}`;
          const c = s.cells.get(key) ?? {};
          f(c, i, j);
          s.cells.set(key, c);
        }
    });
  }
  private grid<T>(label: string, v: T[][], f: (c: FakeCell, x: T) => void): void {
    if (v.length !== this.rows || v.some((r) => r.length !== this.cols))
      throw new Error(`InvalidArgument: ${label} is ${v.length}×${v[0]?.length} for a ${this.rows}×${this.cols} range`);
    this.each(label, (c, i, j) => f(c, v[i][j]));
  }
  set formulas(v: (string | number | boolean)[][]) {
    this.grid("range.formulas", v, (c, x) => {
      delete c.formula;
      delete c.value;
      if (typeof x === "string" && x.startsWith("=")) c.formula = this.ctx.fx.storeFormula(x);
      else if (x !== "") c.value = x;
    });
  }
  set numberFormat(v: string[][]) {
    this.grid("range.numberFormat", v, (c, x) => void (c.numberFormat = x));
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, 0, this.col, 1, this.cols, true);
  }
  get format() {
    const set = (label: string, f: (c: FakeCell) => void) => this.each(label, f);
    const whole = this.wholeColumn;
    const ctx = this.ctx;
    const sheet = this.sheet;
    const col = this.col;
    return {
      font: {
        set bold(v: boolean) {
          set("font.bold", (c) => void (c.bold = v));
        },
        set italic(v: boolean) {
          set("font.italic", (c) => void (c.italic = v));
        },
        set size(v: number) {
          set("font.size", (c) => void (c.size = v));
        },
        set color(v: string) {
          set("font.color", (c) => void (c.color = v));
        },
      },
      fill: {
        set color(v: string) {
          set("fill.color", (c) => void (c.fill = v));
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            if (edge === "EdgeTop" && v === "Continuous") set("borders.top", (c) => void (c.topBorder = true));
          },
        }),
      },
      set columnWidth(points: number) {
        if (!whole) throw new Error("the adapter sets widths on whole columns");
        ctx.queue("format.columnWidth", () => void sheet().columnWidths.set(col, points));
      },
    };
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        const cf: FakeSheet["conditionalFormats"][number] = { row: this.row, col: this.col, rows: this.rows, cols: this.cols };
        this.ctx.queue("conditionalFormats.add", () => {
          if (type !== "ContainsText") throw new Error(`unexpected conditional format ${type}`);
          this.sheet().conditionalFormats.push(cf);
        });
        const q = (label: string, f: () => void) => this.ctx.queue(label, f);
        return {
          textComparison: {
            format: {
              fill: writeOnly(q, "cf.fill", { color: (v) => (cf.fill = v) }),
              font: writeOnly(q, "cf.font", { color: (v) => (cf.font = v), bold: (v) => (cf.bold = v) }),
            },
            set rule(r: { operator: string; text: string }) {
              q("cf.rule", () => void (cf.text = r.operator === "Contains" ? r.text : fail("expected Contains")));
            },
          },
        };
      },
    };
  }
}
