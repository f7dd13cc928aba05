/**
 * Controlled rounding of a Section 22 contribution table: forces × budget lines, in whole units (pence).
 *
 * Force i's exact share of line j is q_ij = C_j × e_i ÷ E (see ./quotas). The table is rounded so that
 *   1. every cell is its exact share rounded down or up (never a whole unit or more away);
 *   2. every line (column) adds up exactly to its cost;
 *   3. every force's total (row) is its exact share of the whole budget rounded down or up, and is the very figure
 *      SPR.S22SHARE gives for the budget total whenever a table meeting 1 and 2 allows it (almost always; when it
 *      does not, the fewest forces possible differ from it, by one unit, and the table flags them);
 *   4. among the tables meeting 1–3, the leftover units go to the cells with the largest remainders first (ties: the
 *      larger weight, then the earlier force, then the earlier line). When apportioning each line on its own by
 *      largest remainder already meets 3, that is exactly the table returned.
 *
 * Method. The whole-unit floors are fixed; what is left is a 0/1 table y (1 = the cell is rounded up) with fixed
 * column sums (the units each line has left over) and row sums in a range [lo_i, lo_i + 1]. A slack column
 * turns the row ranges into fixed sums: z_i = 1 when force i is rounded down overall. Such tables are the integer
 * points of a transportation polytope, so one always exists (Bacharach 1966; Cox & Ernst 1982, "Controlled
 * rounding"), and any two differ by alternating cycles. We start from each line's own largest remainder,
 * move single units along alternating paths until every row is in range, then settle the cells one at a time in
 * priority order: keep the preferred value if the cell already has it, else flip an alternating cycle through it
 * that touches no settled cell (one exists exactly when a table with the preferred value does). Forces' totals are
 * settled first, in S22SHARE's own largest-remainder order, then the cells. This greedy is exact for the totals
 * (the sets of forces that can be rounded up form a matroid) and gives the lexicographically first table for 4.
 */
import { apportionUnits, compareRemainders } from "../allocate";

export interface RoundedTable {
  /** cells[i][j]: force i's share of line j, in whole units. */
  cells: bigint[][];
  /** Each force's total: the sum of its row. */
  rowTotals: bigint[];
  /** Each force's share of the whole budget by largest remainder (SPR.S22SHARE of the sum of the lines). */
  shares: bigint[];
}

class ZeroOneTable {
  readonly val: Uint8Array;
  readonly live: Uint8Array;
  readonly rowSum: Int32Array;
  /** Unsettled live cells of each value: count[v][row] and count[v][column]. */
  readonly rowCount: [Int32Array, Int32Array];
  readonly colCount: [Int32Array, Int32Array];
  private readonly seen: Int32Array;
  private readonly via: Int32Array;
  private readonly from: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(
    readonly n: number,
    readonly cols: number,
  ) {
    const size = n * cols;
    this.val = new Uint8Array(size);
    this.live = new Uint8Array(size);
    this.rowSum = new Int32Array(n);
    this.rowCount = [new Int32Array(n), new Int32Array(n)];
    this.colCount = [new Int32Array(cols), new Int32Array(cols)];
    const nodes = n + cols;
    this.seen = new Int32Array(nodes);
    this.via = new Int32Array(nodes);
    this.from = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
  }

  /** Makes a cell free to change, with a starting value. */
  open(c: number, v: number): void {
    const i = Math.floor(c / this.cols);
    this.live[c] = 1;
    this.val[c] = v;
    this.rowSum[i] += v;
    this.rowCount[v][i]++;
    this.colCount[v][c % this.cols]++;
  }

  private count(c: number, delta: number): void {
    const v = this.val[c];
    this.rowCount[v][Math.floor(c / this.cols)] += delta;
    this.colCount[v][c % this.cols] += delta;
  }

  flip(c: number): void {
    this.count(c, -1);
    this.val[c] ^= 1;
    this.count(c, 1);
    this.rowSum[Math.floor(c / this.cols)] += this.val[c] ? 1 : -1;
  }

  settle(c: number): void {
    this.count(c, -1);
    this.live[c] = 0;
  }

  /**
   * Breadth-first search over rows (nodes 0..n−1) and columns (n..): from a row, step to a column along a live cell
   * of value `rowToCol`; from a column, to a row along a live cell of value `colToRow`. Returns the cells of the
   * first path that reaches a row passing `isTarget`, or null.
   */
  path(start: number, rowToCol: number, colToRow: number, isTarget: (row: number) => boolean): number[] | null {
    const { n, cols, val, live, seen, via, from, queue } = this;
    const stamp = ++this.stamp;
    let head = 0;
    let tail = 0;
    seen[start] = stamp;
    queue[tail++] = start;
    while (head < tail) {
      const node = queue[head++];
      if (node < n) {
        for (let j = 0, c = node * cols; j < cols; j++, c++) {
          if (live[c] && val[c] === rowToCol && seen[n + j] !== stamp) {
            seen[n + j] = stamp;
            via[n + j] = c;
            from[n + j] = node;
            queue[tail++] = n + j;
          }
        }
        continue;
      }
      const j = node - n;
      for (let i = 0, c = j; i < n; i++, c += cols) {
        if (!live[c] || val[c] !== colToRow || seen[i] === stamp) continue;
        seen[i] = stamp;
        via[i] = c;
        from[i] = node;
        if (isTarget(i)) {
          const cells: number[] = [];
          for (let k = i; k !== start; k = from[k]) cells.push(via[k]);
          return cells;
        }
        queue[tail++] = i;
      }
    }
    return null;
  }

  /** Settles a cell at `prefer` if some table agreeing with every settled cell allows it, else at the other value. */
  decide(c: number, prefer: number): void {
    const v = this.val[c];
    const i = Math.floor(c / this.cols);
    const j = c % this.cols;
    // A cycle through c flips, besides c, one live cell of value 1 − v in its column and one in its row. The search
    // starts at c's column, leaves it along value 1 − v (so never along c) and stops on reaching c's row.
    if (v !== prefer && this.colCount[1 - v][j] > 0 && this.rowCount[1 - v][i] > 0) {
      const cycle = this.path(this.n + j, v, 1 - v, (r) => r === i);
      if (cycle) {
        for (const x of cycle) this.flip(x);
        this.flip(c);
      }
    }
    this.settle(c);
  }
}

function internal(what: string): Error {
  return new Error(`controlled rounding found no ${what}; please report this table`);
}

export function roundTable(e: bigint[], eSum: bigint, costs: bigint[]): RoundedTable {
  const n = e.length;
  const m = costs.length;
  const cols = m + 1; // column m is the slack column
  const floor = e.map(() => new Array<bigint>(m).fill(0n));
  const rem = e.map(() => new Array<bigint>(m).fill(0n));
  const t = new ZeroOneTable(n, cols);

  // Start: each line apportioned on its own by largest remainder (cells rounded down or up, lines exact).
  costs.forEach((cost, j) => {
    const parts = apportionUnits(cost, e);
    for (let i = 0; i < n; i++) {
      const product = cost * e[i];
      floor[i][j] = product / eSum;
      rem[i][j] = product % eSum;
      if (rem[i][j] > 0n) t.open(i * cols + j, Number(parts[i] - floor[i][j]));
    }
  });

  // Row ranges: force i's total must be its exact share of the budget rounded down (lo) or, if that is not whole, up.
  const budget = costs.reduce((a, b) => a + b, 0n);
  const shares = apportionUnits(budget, e);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const rowRem = e.map((ei) => (budget * ei) % eSum);
  for (let i = 0; i < n; i++) {
    const floors = floor[i].reduce((a, b) => a + b, 0n);
    lo[i] = Number((budget * e[i]) / eSum - floors);
    hi[i] = lo[i] + (rowRem[i] > 0n ? 1 : 0);
  }

  // Bring every row into its range by moving single units along alternating paths (columns stay exact).
  for (let a = 0; a < n; a++) {
    while (t.rowSum[a] > hi[a]) {
      const p = t.path(a, 1, 0, (k) => t.rowSum[k] < hi[k]);
      if (!p) throw internal("row to take a unit");
      p.forEach((c) => t.flip(c));
    }
  }
  for (let a = 0; a < n; a++) {
    while (t.rowSum[a] < lo[a]) {
      const p = t.path(a, 0, 1, (k) => t.rowSum[k] > lo[k]);
      if (!p) throw internal("row to give a unit");
      p.forEach((c) => t.flip(c));
    }
  }
  // Slack column: z_i = 1 when force i's total is rounded down although its share is not whole.
  for (let i = 0; i < n; i++) if (hi[i] > lo[i]) t.open(i * cols + m, hi[i] - t.rowSum[i]);

  // Settle the totals in S22SHARE's order (prefer rounded up: z = 0), then the cells by largest remainder (prefer 1).
  const rows = e.map((_, i) => i).filter((i) => hi[i] > lo[i]);
  rows.sort((a, b) => compareRemainders(rowRem[a], e[a], a, rowRem[b], e[b], b));
  for (const i of rows) t.decide(i * cols + m, 0);
  const cells: { c: number; i: number; j: number; rem: bigint }[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (t.live[i * cols + j]) cells.push({ c: i * cols + j, i, j, rem: rem[i][j] });
  cells.sort((x, y) => compareRemainders(x.rem, e[x.i], x.i, y.rem, e[y.i], y.i) || x.j - y.j);
  for (const x of cells) t.decide(x.c, 1);

  const out = floor.map((row, i) => row.map((f, j) => f + BigInt(t.val[i * cols + j])));
  return { cells: out, rowTotals: out.map((row) => row.reduce((a, b) => a + b, 0n)), shares };
}
