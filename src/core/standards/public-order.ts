import { Standard } from "./standard";

/** Public-order capacity and unit definitions: SPR paragraphs 120–127. */
export const PUBLIC_ORDER_STANDARDS: Standard[] = [
  { key: "PSU_NATIONAL_EW", value: 297, unit: "PSUs", paragraph: "120a", text: "PSUs totalling 297 across England and Wales, alongside 75 units for London (figures may change, footnote 61). Whether the 297 include London's 75 the SPR does not say: see assumption PSU_297_EXCLUDES_LONDON." },
  { key: "PSU_LONDON", value: 75, unit: "PSUs", paragraph: "120a", text: "Police Support Units required for London, alongside the 297 for England and Wales." },
  { key: "BDU_NATIONAL", value: 234, unit: "BDUs", paragraph: "120b", text: "Basic Deployment Units of level 3 public order trained officers required nationally." },
  { key: "AEP_TEAMS_PER_REGION", value: 2, unit: "AEP teams", paragraph: "120c", text: "Each region must be able to deploy two full Attenuated Energy Projectile teams." },
  { key: "AEP_TEAMS_NATIONAL", value: 18, unit: "AEP teams", paragraph: "120c", text: "Total AEP teams if required (two per region); figures may change (footnote 61)." },
  { key: "PSU_INSPECTORS", value: 1, unit: "officers per PSU", paragraph: "122a", text: "A PSU has one inspector." },
  { key: "PSU_SERGEANTS", value: 3, unit: "officers per PSU", paragraph: "122a", text: "A PSU has three sergeants." },
  { key: "PSU_CONSTABLES", value: 18, unit: "officers per PSU", paragraph: "122a", text: "A PSU has eighteen constables, trained to at least level 2." },
  { key: "PSU_DRIVERS", value: 3, unit: "officers per PSU", paragraph: "122a", text: "A PSU has three drivers, with suitable transport." },
  { key: "BDU_INSPECTORS", value: 1, unit: "officers per BDU", paragraph: "122b", text: "A BDU has one inspector." },
  { key: "BDU_SERGEANTS", value: 3, unit: "officers per BDU", paragraph: "122b", text: "A BDU has three sergeants." },
  { key: "BDU_CONSTABLES", value: 18, unit: "officers per BDU", paragraph: "122b", text: "A BDU has eighteen constables, trained to at least level 3 (no drivers are set)." },
  { key: "AEP_TEAM_COMMANDERS", value: 1, unit: "officers per AEP team", paragraph: "122c", text: "An AEP team has one operational AEP commander." },
  { key: "AEP_TEAM_DRIVERS", value: 1, unit: "officers per AEP team", paragraph: "122c", text: "An AEP team has one driver." },
  { key: "AEP_TEAM_OFFICERS", value: 4, unit: "officers per AEP team", paragraph: "122c", text: "An AEP team has four officers (six in all)." },
  { key: "MOBILISATION_TIERS", value: 3, unit: "tiers", paragraph: "123", text: "Mutual aid is tiered: local (tier 1), regional (tier 2), national (tier 3)." },
  { key: "MOBILISATION_REGIONS", value: 9, unit: "regions", paragraph: "127", text: "Regional mobilisation (tier 2) is based on nine regions, each with a Regional Information and Coordination Centre." },
  { key: "NPOCC_ASSESSMENTS_PER_YEAR", value: 4, unit: "per year", paragraph: "126a", text: "Forces take part in NPoCC's quarterly assessments of capabilities and capacity." },
];
