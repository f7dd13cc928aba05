/**
 * SPR.PAY and SPR.PAYSCALES: basic pay for a rank at a pay point, every figure at one date, the award in force
 * (the last of PAY_AWARDS). Each point takes its latest figure in the shipped table (./pay-data,
 * data/pay-scales.csv); a figure published before that date is brought forward by each award since, each year
 * rounded to the scales' £3 step (assumption PAY_SCALE_STEP), and labelled "derived" with its working. A rank or point
 * the table does not hold is refused, naming where the official figure is published, so the user enters the force's
 * own figure rather than get a guess.
 */
import { assumptionValue } from "../assumptions/registry";
import { Cell } from "../cell";
import { Decimal, addDecimals, excelDecimal } from "../decimal";
import { valueError } from "../errors";
import { decimalToNumber, multiply, pounds, roundToUnits } from "../section22/money";
import { PAY_AWARDS, PAY_SCALES, PayBasis, PayPoint } from "./pay-data";

/** The ranks SPR.PAY knows, from constable to chief superintendent (the ranks the pay award covers). */
export const RANKS = ["constable", "sergeant", "inspector", "chief inspector", "superintendent", "chief superintendent"] as const;
export type Rank = (typeof RANKS)[number];

/** The date every figure SPR.PAY gives is at: the award in force. */
export const PAY_TABLE_DATE = PAY_AWARDS[PAY_AWARDS.length - 1].from;

/** Where a figure the table lacks is published: named in every refusal. */
const PUBLISHED_IN = "Annex F to the Police Regulations 2003 (the Home Office's pay circular) has it";

export interface PayFigure {
  rank: Rank;
  point: number | null;
  /** Basic pay in pounds a year at PAY_TABLE_DATE. */
  salary: number;
  basis: PayBasis | "derived";
  /** Where the figure comes from; for a derived figure, the figure it was brought forward from and the working. */
  source: string;
}

const ONE: Decimal = { digits: 1n, scale: 0 };

function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${month[m - 1]} ${y}`;
}

/** One award on a scale figure: salary × (1 + rate), rounded to the nearest whole step (PAY_SCALE_STEP), halves up. */
export function awardStep(salary: number, rate: number): number {
  const step = excelDecimal(assumptionValue("PAY_SCALE_STEP"));
  const raised = multiply(excelDecimal(salary), addDecimals([ONE, excelDecimal(rate)]));
  return decimalToNumber(multiply({ digits: roundToUnits(raised, step), scale: 0 }, step));
}

/**
 * A figure of `from` brought to PAY_TABLE_DATE by each award after `from` (awardStep, year by year, as the published
 * scales are). Returns the salary and the working.
 */
export function bringForward(salary: number, from: string): { salary: number; working: string[] } {
  let value = salary;
  const working: string[] = [];
  for (const award of PAY_AWARDS) {
    if (award.from <= from) continue;
    value = awardStep(value, award.rate);
    working.push(`× ${1 + award.rate} from ${longDate(award.from)} → ${pounds(BigInt(value), ONE)}`);
  }
  return { salary: value, working };
}

/** One figure of the table at PAY_TABLE_DATE: as found when it is of that date, else brought forward. */
function figureOf(row: PayPoint): PayFigure {
  const rank = row.rank as Rank;
  if (row.effectiveFrom === PAY_TABLE_DATE) return { rank, point: row.point, salary: row.salary, basis: row.basis, source: row.source };
  const { salary, working } = bringForward(row.salary, row.effectiveFrom);
  const step = assumptionValue("PAY_SCALE_STEP");
  return {
    rank,
    point: row.point,
    salary,
    basis: "derived",
    source: `Derived, not published: ${pounds(BigInt(row.salary), ONE)} from ${longDate(row.effectiveFrom)} (${row.basis}: ${row.source}) ${working.join(" ")}, each year to the nearest £${step} (PAY_SCALE_STEP)`,
  };
}

/** A rank's figures at PAY_TABLE_DATE, lowest first: each numbered point's latest row, and the latest unnumbered rows. */
export function rankFigures(rank: Rank): PayFigure[] {
  const rows = PAY_SCALES.filter((p) => p.rank === rank);
  const latest = new Map<number, PayPoint>();
  for (const r of rows) {
    if (r.point === null) continue;
    const seen = latest.get(r.point);
    if (!seen || r.effectiveFrom > seen.effectiveFrom) latest.set(r.point, r);
  }
  const unnumbered = rows.filter((r) => r.point === null);
  const newest = unnumbered.reduce((d, r) => (r.effectiveFrom > d ? r.effectiveFrom : d), "");
  const chosen = [...latest.values(), ...unnumbered.filter((r) => r.effectiveFrom === newest)];
  return chosen.map(figureOf).sort((a, b) => a.salary - b.salary);
}

/** The figure for a rank at a pay point, or the top of the scale when the point is left out. */
export function payPoint(rank: Rank, point?: number): PayFigure {
  const figures = rankFigures(rank);
  if (figures.length === 0) {
    throw valueError(
      "rank",
      `no ${rank} pay figure could be read from a public source, so none is shipped; ${PUBLISHED_IN}: enter your force's ${rank} salary instead`,
    );
  }
  if (point === undefined) return figures[figures.length - 1];
  const numbered = figures.filter((f) => f.point !== null);
  const hit = numbered.find((f) => f.point === point);
  if (hit) return hit;
  if (numbered.length === 0) {
    throw valueError(
      "point",
      `the ${rank} pay point numbers could not be confirmed (SPR.PAYSCALES holds the bottom and top of the scale): leave point out for the top, or enter your force's figure`,
    );
  }
  throw valueError(
    "point",
    `${rank} pay point ${point} could not be read from a public source, so it is not shipped (points held: ${numbered.map((f) => f.point).join(", ")}); ${PUBLISHED_IN}: enter your force's figure`,
  );
}

export const PAY_HEADER = ["Rank", "Pay point", "Basic pay (£ a year)", "Effective from", "Basis", "Source"];

/** The whole table at PAY_TABLE_DATE with its header, rank by rank, lowest point first. */
export function payTable(): Cell[][] {
  const rows = RANKS.flatMap(rankFigures);
  return [PAY_HEADER, ...rows.map((f) => [f.rank, f.point ?? "", f.salary, PAY_TABLE_DATE, f.basis, f.source])];
}
