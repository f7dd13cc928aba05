import { Standard } from "./standard";

/** Assurance and review of the SPR itself. */
export const GOVERNANCE_STANDARDS: Standard[] = [
  {
    key: "PCC_ASSURANCE_PER_YEAR",
    value: 1,
    unit: "per year",
    paragraph: "24.1",
    text: "Each PCC gives an annual assurance statement on how they have had regard to the SPR.",
  },
  {
    key: "SPR_REVIEW_YEARS",
    value: 2,
    unit: "years",
    paragraph: "25",
    text: "The SPR is revisited within two years of publication and reviewed at least every two years thereafter.",
  },
];
