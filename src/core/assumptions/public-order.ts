import { Assumption } from "./assumption";

/**
 * Public-order planning assumptions: figures a PSU/BDU/AEP capacity model needs that the SPR (paragraphs 116–128)
 * does not set. None has a public source: each is a placeholder for the force's own figure.
 */
export const PUBLIC_ORDER_ASSUMPTIONS: Assumption[] = [
  {
    key: "PSU_297_EXCLUDES_LONDON",
    value: 1,
    unit: "1 = yes, 0 = no",
    source: "",
    illustrative: true,
    reasoning:
      'The project\'s reading of SPR paragraph 120a, which says "PSUs totalling 297 across England and Wales, alongside 75 units for London". "Alongside" is read as "in addition to": the 41 forces outside London share 297 and the Metropolitan Police and City of London share 75 (372 in all). Set 0 to read the 297 as including London\'s 75 (the 41 forces then share 222). Check the reading with NPoCC or the region before relying on it.',
  },
  {
    key: "TRAINED_PER_POST",
    value: 1,
    unit: "trained officers per unit post",
    source: "",
    illustrative: true,
    reasoning:
      "1 reproduces the SPR's bare unit sizes (paragraph 122: 25 per PSU, 22 per BDU, 6 per AEP team), with no allowance for leave, rest days, sickness or abstraction. A force that must field its units at short notice around the clock keeps several trained officers per post: set its own ratio (SPR.POSTFTE gives about 5.2 for a post filled 24/7).",
  },
  {
    key: "CROWD_PER_PSU_LOW",
    value: 10000,
    unit: "people attending per PSU",
    source: "",
    illustrative: true,
    reasoning:
      "A low-risk event (no intelligence of disorder, a family crowd): PSUs held mainly as a reserve, about one per ten thousand people. The SPR sets no crowd ratios; replace with the force's own strategic risk assessment table.",
  },
  {
    key: "CROWD_PER_PSU_MEDIUM",
    value: 4000,
    unit: "people attending per PSU",
    source: "",
    illustrative: true,
    reasoning:
      "A medium-risk event (some intelligence of tension, rival groups kept apart): about one PSU per four thousand people. Illustrative only; the force's own table should replace it.",
  },
  {
    key: "CROWD_PER_PSU_HIGH",
    value: 1000,
    unit: "people attending per PSU",
    source: "",
    illustrative: true,
    reasoning:
      "A high-risk event (intelligence of planned disorder, a history of violence): about one PSU per thousand people, enough to hold cordons and separate groups. Illustrative only; the force's own table should replace it.",
  },
];
