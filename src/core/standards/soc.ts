import { Standard } from "./standard";

/** Serious and organised crime, ROCUs and fraud: SPR paragraphs 72–85. */
export const SOC_STANDARDS: Standard[] = [
  {
    key: "FRAUD_INVESTMENT_GBP",
    value: 100_000_000,
    unit: "GBP over three years",
    paragraph: "72",
    text: "£100m invested in tackling fraud over the next three years.",
  },
  { key: "FRAUD_INVESTMENT_YEARS", value: 3, unit: "years", paragraph: "72", text: "The fraud investment is spread over three years." },
  {
    key: "FRAUD_NEW_POSTS",
    value: 300,
    unit: "posts (at least)",
    paragraph: "72",
    text: "Over 300 new specialist fraud posts across policing and the NCA.",
  },
  {
    key: "FORCE_SOC_CORE_CAPABILITIES",
    value: 7,
    unit: "capabilities",
    paragraph: "74",
    text: "Each force should have seven SOC core capabilities locally (74.1 to 74.7).",
  },
  {
    key: "ROCU_CORE_CAPABILITIES",
    value: 11,
    unit: "capabilities",
    paragraph: "75",
    text: "Each ROCU maintains, contingent on funding, the core specialist capabilities paragraph 75 lists: eleven of its thirteen items (75.1 to 75.10 and 75.13). 75.11 (the City of London Police as National Lead Force for fraud) and 75.12 (Action Fraud and the NFIB) are national services, not ROCU capabilities.",
  },
  {
    key: "ROCU_GROWTH_OFFICERS",
    value: 725,
    unit: "officers",
    paragraph: "77",
    text: "Growth of the ROCU network by 725 officers between April 2021 and March 2023.",
  },
  {
    key: "ROCU_FRAUD_POSTS",
    value: 124,
    unit: "posts",
    paragraph: "77",
    text: "124 new dedicated fraud posts funded by the Spending Review, in place by March 2025.",
  },
  {
    key: "SOC_TASKING_MEETINGS_PER_YEAR",
    value: 12,
    unit: "per year",
    paragraph: "79",
    text: "Monthly tasking meetings at force and ROCU level.",
  },
  {
    key: "PMECH_BANDS",
    value: 4,
    unit: "bands",
    paragraph: "80.1, footnote 48",
    text: "The P-Mech bands OCGs from 1 (highest threat) to 4 (lowest) after MoRiLE scoring.",
  },
  {
    key: "S22_CONTRIBUTIONS_PER_YEAR",
    value: 1,
    unit: "per year",
    paragraph: "84",
    text: "Each force makes an annual contribution of officers, staff and funding to its ROCU under its Section 22 agreement.",
  },
];
