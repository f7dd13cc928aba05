/**
 * Police officer basic pay by rank and pay point (England and Wales, outside London), every figure as it was found:
 * dated, with how it was read and where, copied from data/pay-scales.csv in this repository (a test checks the two
 * agree). Nothing here is derived: a figure brought forward to a later award is worked out by ./pay, labelled as such.
 *
 * Two kinds of row:
 * - "published": read on the publisher's own page (the Police Federation's scale pages, Hansard);
 * - "quoted": the publisher's figure read where a public page or repository quotes it, the original named (the
 *   Home Office's own page could not be read in the stored copies this product was built from).
 * A point is null where the scale's top or bottom was found but its pay point number could not be confirmed.
 */
export type PayBasis = "published" | "quoted";

export interface PayPoint {
  rank: string;
  /** The pay point on the rank's scale, or null where only the bottom or top of the scale is known. */
  point: number | null;
  /** Basic annual pay in pounds. */
  salary: number;
  /** The date the figure took effect (ISO). */
  effectiveFrom: string;
  basis: PayBasis;
  source: string;
}

/** A pay award: every point of every rank up to chief superintendent rises by `rate` on `from`. */
export interface PayAward {
  from: string;
  rate: number;
  source: string;
}

/**
 * The awards since the oldest figure in the table, oldest first; the last is the award in force, and the date every
 * figure of SPR.PAY is brought to.
 */
export const PAY_AWARDS: readonly PayAward[] = [
  {
    from: "2023-09-01",
    rate: 0.07,
    source:
      "UK Parliament written answer (Chris Philp, Home Office, 22 January 2024): the PRRB's consolidated 7% for all ranks from 1 September 2023, accepted",
  },
  {
    from: "2024-09-01",
    rate: 0.0475,
    source:
      "Home Secretary, written statement 'Police Remuneration' (Hansard, 29 July 2024): the PRRB's tenth report, 4.75% to all ranks and pay points from 1 September 2024, accepted in full",
  },
  {
    from: "2025-09-01",
    rate: 0.042,
    source:
      "Police Remuneration Review Body, eleventh report (2025), accepted by the Home Secretary (Home Office, 1 August 2025): 4.2% for all ranks up to chief superintendent from 1 September 2025",
  },
];

const FEDERATION =
  "Police Federation of England and Wales, inspector pay scales (outside London), with effect from 01/09/2023, polfed.org/pay/inspector-pay-scales/";
const FEDERATION_CI = `${FEDERATION}; the range £64,449 to £67,017 is confirmed by a UK Parliament written answer (Lord Sharpe of Epsom, to a question of 11 April 2024)`;
const HO_2026 =
  "Home Office, Evidence to the Police Remuneration Review Body 2026 to 2027 (accessible), Annex A: scales from 1 September 2025";
const QUOTED = "as public repositories quote it (the page itself could not be read here)";
const quoted = (what: string) => `${HO_2026}, ${what}, ${QUOTED}`;
const NO_POINT = "its pay point number could not be confirmed";

/** A figure of the Home Office's 1 September 2025 scales, as quoted. */
function at2025(rank: string, point: number | null, salary: number, source: string): PayPoint {
  return { rank, point, salary, effectiveFrom: "2025-09-01", basis: "quoted", source };
}

/** A figure of the Police Federation's 1 September 2023 scales, read on its page. */
function at2023(rank: string, point: number, salary: number, source: string): PayPoint {
  return { rank, point, salary, effectiveFrom: "2023-09-01", basis: "published", source };
}

const ANNOUNCED = "the Home Office's announcement of 1 August 2025 (reported by Police Professional and Personnel Today) gave";
const CONSTABLES = quoted("constables £31,164 to £50,256");
const SERGEANTS = quoted("sergeants £53,568 to £56,208");
const INSPECTORS = quoted("inspectors £63,768 to £68,982");
const CHIEF_INSPECTORS = quoted("chief inspectors £70,344 to £73,149");
const superintending = (ranks: string, range: string, end: string) => quoted(`${ranks} ${range}: the ${end} of the scale (${NO_POINT})`);

export const PAY_SCALES: readonly PayPoint[] = [
  {
    rank: "constable",
    point: 1,
    salary: 28551,
    effectiveFrom: "2023-09-01",
    basis: "published",
    source:
      "UK Parliament written answer (Chris Philp, Home Office, 22 January 2024): the lowest constables' pay point removed from 1 September 2023, 'bringing starting salaries up to £28,551'",
  },
  at2025("constable", 1, 31164, `${CONSTABLES}; ${ANNOUNCED} £31,163, 4.2% on £29,907 before the scale's rounding`),
  at2025("constable", 7, 50256, `${CONSTABLES}; ${ANNOUNCED} £50,257 'after six years', 4.2% on £48,231 before the scale's rounding`),
  at2025("sergeant", 2, 53568, `${SERGEANTS}; point 2 is the entry point since point 1 was removed (Police Federation, 4 December 2020)`),
  at2025(
    "sergeant",
    4,
    56208,
    `${SERGEANTS}; the top of the scale, numbered 4 by us: the scale ran from 0 to 4 (2005/06), point 0 was removed on 1 April 2014 and point 1 on 1 September 2020 (Police Federation)`,
  ),
  at2023("inspector", 0, 58422, FEDERATION),
  at2023("inspector", 1, 60015, FEDERATION),
  at2023("inspector", 2, 61602, FEDERATION),
  at2023("inspector", 3, 63198, FEDERATION),
  at2025("inspector", 0, 63768, INSPECTORS),
  at2025("inspector", 3, 68982, INSPECTORS),
  at2023("chief inspector", 1, 64449, FEDERATION_CI),
  at2023("chief inspector", 2, 65703, FEDERATION_CI),
  at2023("chief inspector", 3, 67017, FEDERATION_CI),
  at2025("chief inspector", 1, 70344, CHIEF_INSPECTORS),
  at2025("chief inspector", 3, 73149, CHIEF_INSPECTORS),
  at2025("superintendent", null, 84177, superintending("superintendents", "£84,177 to £99,015", "bottom")),
  at2025("superintendent", null, 99015, superintending("superintendents", "£84,177 to £99,015", "top")),
  at2025("chief superintendent", null, 103797, superintending("chief superintendents", "£103,797 to £115,785", "bottom")),
  at2025("chief superintendent", null, 115785, superintending("chief superintendents", "£103,797 to £115,785", "top")),
];
