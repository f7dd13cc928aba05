import { FunctionNote } from "./note";

export const WORKFORCE_NOTES: Record<string, FunctionNote> = {
  PRODUCTIVEHOURS: {
    examples: [
      { formula: "=SPR.PRODUCTIVEHOURS()", says: "(260.89 working days − 25 leave − 8 bank holidays − 10 training − 8 sickness) × 8 hours." },
      { formula: "=SPR.PRODUCTIVEHOURS(40, 30, 8, 5, 6, 2)", says: "A long-serving workforce (30 days' leave) with the force's own training and sickness figures." },
    ],
    notes: [
      "Working days are 365.25 × 5/7 = 260.89 (two rest days a week, leap years averaged). Hours a day are weekly hours ÷ 5.",
      "The leave default is the Police Regulations 2003 Annex O entitlement for two to ten years' service (22 days under 2 years; 25 from 2; 27 from 10; 28 from 15; 30 from 20). Training, sickness and other abstractions are illustrative: use your force's own records.",
    ],
  },
  POSTFTE: {
    examples: [
      { formula: "=SPR.POSTFTE()", says: "A 24/7 post needs about 5.2 officers at the default productive hours." },
      { formula: "=SPR.POSTFTE(8760, SPR.PRODUCTIVEHOURS(40, 30))", says: "The same post with 30 days' leave." },
    ],
  },
};
