/**
 * Words for the plan's fields as a planner reads them. The form is drawn from the plan schema, so a field added there
 * appears in the pane at once under a label made from its name; the entries here only make the common ones read well.
 */
import { JsonSchema } from "../plan/json-schema";

const LABELS: Record<string, string> = {
  preparedBy: "Prepared by",
  publicOrder: "Public order",
  armedPolicing: "Armed policing",
  soc: "Serious and organised crime (SOC)",
  section22: "ROCU Section 22 contributions",
  nationalPsuShare: "National PSU share (PSUs)",
  policy: "Combine national share and local peak",
  crowdPerPsu: "People per PSU by risk",
  requiredBdus: "BDUs required",
  requiredAepTeams: "AEP teams required",
  trained: "Trained officers",
  PSU: "Trained for PSUs",
  BDU: "Trained for BDUs",
  AEP: "Trained for AEP teams",
  incidentsPerYear: "Firearms incidents a year",
  meanMinutes: "Average minutes per incident",
  maxWaitProb: "Highest acceptable chance of waiting",
  arvsPerIncident: "ARVs per incident",
  peakFactor: "Peak factor",
  coverageMinimum: "Fewest ARVs on duty",
  coverage: "Coverage target (instead of the fewest ARVs)",
  areaKm2: "Area to cover (km²)",
  targetShare: "Share of the area within the response time",
  responseMinutes: "Response time (minutes)",
  speedKmh: "ARV road speed (km/h)",
  detourFactor: "Detour factor (road ÷ straight line)",
  crewSize: "Officers per ARV crew",
  afosAvailable: "AFOs on the establishment, all roles (FTE)",
  otherRoles: "AFOs who do not crew ARVs (FTE)",
  specialist: "SFO, CTSFO, MASTS",
  tacticalAdvisersAndCommanders: "Tactical advisers and commanders",
  instructors: "Firearms instructors",
  rocuReliance: "Reliance on the ROCU (agreement)",
  deployableRate: "Share of AFOs deployable",
  ocgsByBand: "Mapped OCGs by P-band",
  hoursByBand: "Hours a year to manage one OCG, by P-band",
  forceShareByBand: "Force's share of the work, by P-band",
  otherVolumes: "Other SOC volumes",
  hoursEach: "Hours each",
  investigatorsAvailable: "Investigators available (FTE)",
  ocgsPerLro: "OCGs per lead responsible officer",
  lrosAvailable: "Lead responsible officers available",
  capabilities: "Capability self-assessment",
  id: "Capability (paragraph)",
  rocu: "ROCU",
  basis: "Apportionment basis",
  fixedFraction: "Fixed share (fraction)",
  unit: "Rounding unit (£)",
  lines: "Budget lines",
  cost: "Cost (£)",
  grants: "Grants",
  amount: "Amount (£)",
  forces: "Forces",
  weight: "Weight",
  inKind: "In kind (£)",
};

/** What one item of a list is called, by the list's field name. */
const ITEM_NAMES: Record<string, string> = {
  events: "Event",
  otherVolumes: "Volume",
  capabilities: "Capability",
  lines: "Budget line",
  grants: "Grant",
  forces: "Force",
};

const BANDS = ["P1", "P2", "P3", "P4"];
const ITEM_LABELS: Record<string, string[]> = { ocgsByBand: BANDS, hoursByBand: BANDS, forceShareByBand: BANDS };

/** "incidentsPerYear" → "Incidents per year". */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label inside a sentence: "Public order" → "public order", but "ROCU Section 22…" and "SOC" stay as they are. */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export function labelOf(key: string): string {
  return LABELS[key] ?? humanise(key);
}

export function itemName(listKey: string): string {
  return ITEM_NAMES[listKey] ?? humanise(listKey);
}

/** Labels of the items of a fixed-length list: from the table above, else from its description ("…: a, b, c."). */
export function itemLabels(key: string, schema: JsonSchema): string[] {
  const n = schema.maxItems ?? 0;
  if (ITEM_LABELS[key]?.length === n) return ITEM_LABELS[key];
  const listed = /:\s*(.+?)\.?$/.exec(schema.description ?? "")?.[1].split(/,\s*/);
  if (listed?.length === n) return listed.map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  return Array.from({ length: n }, (_, i) => `${labelOf(key)} ${i + 1}`);
}
