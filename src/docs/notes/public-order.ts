import { FunctionNote } from "./note";

const TPP_NOTE =
  "trained_per_post defaults to the planning assumption TRAINED_PER_POST = 1 (illustrative): the SPR's bare unit sizes, with no allowance for leave, rest days or abstraction. A force that must field its units at short notice around the clock sets its own ratio; SPR.POSTFTE() gives about 5.2 officers for a post filled 24/7.";
const OVERRIDES_NOTE =
  'overrides is a two-column table of registry keys and revised figures (SPR footnote 61: "Figures may change"), for example PSU_CONSTABLES | 20. A first row whose value is text ("Key | Value") is a header; blank rows are skipped; an unknown key, a repeated key or a negative figure is refused with the row named.';
const ROUNDING_NOTE =
  "Arithmetic is exact: trained officers per role are ⌈units × officers per unit × trained_per_post⌉ and the units a role can field are ⌊trained ÷ (officers per unit × trained_per_post)⌋, with trained_per_post read as the decimal typed (10 posts at 1.1 need 11 officers, not 12). The two agree: the officers SPR.UNITSTAFF gives for n units field exactly n units, and one fewer in any role fields n − 1.";

export const PUBLIC_ORDER_NOTES: Record<string, FunctionNote> = {
  UNITSTAFF: {
    examples: [
      { formula: '=SPR.UNITSTAFF("PSU", SPR.STANDARD("PSU_NATIONAL_EW"), , TRUE)', says: "The national PSU requirement (paragraph 120a) in officers by rank: 297 × (1, 3, 18, 3) = 297 inspectors, 891 sergeants, 5,346 constables and 891 drivers, 7,425 people." },
      { formula: '=SPR.UNITSTAFF("BDU", SPR.STANDARD("BDU_NATIONAL"))', says: "The 234 BDUs of paragraph 120b: 234 × (1, 3, 18) = 5,148 level 3 officers." },
      { formula: '=SPR.UNITSTAFF("AEP", 2, 5.2)', says: "A region's two AEP teams (paragraph 120c) with 5.2 trained officers per post: 2 × (1, 1, 4) × 5.2 = 10.4, 10.4, 41.6, each rounded up." },
      { formula: '=SPR.UNITSTAFF("PSU", 4, , , {"PSU_CONSTABLES",20})', says: "Four PSUs if the national definition were revised to 20 constables (footnote 61)." },
    ],
    notes: ["Roles come in the order paragraph 122 lists them: PSU inspectors, sergeants, constables (level 2), drivers; BDU inspectors, sergeants, constables (level 3); AEP team operational AEP commander, driver, officers.", TPP_NOTE, ROUNDING_NOTE, OVERRIDES_NOTE],
  },
  UNITCAPACITY: {
    examples: [
      { formula: '=SPR.UNITCAPACITY("PSU", {5,14,80,12})', says: "Inspectors allow 5 PSUs, sergeants 14 ÷ 3 = 4, constables 80 ÷ 18 = 4, drivers 12 ÷ 3 = 4: the force can field 4." },
      { formula: '=SPR.UNITCAPACITY("PSU", {20,60,360,60}, 3)', says: "With 3 trained officers kept per post, 60 sergeants cover 60 ÷ (3 × 3) = 6 PSUs: 6." },
    ],
    notes: ["A surplus in one role never makes up for a shortage in another: the scarcest role binds (see SPR.UNITGAPDETAIL).", ROUNDING_NOTE],
  },
  UNITGAP: {
    examples: [
      { formula: '=SPR.UNITGAP("PSU", 6, {5,14,80,12})', says: "6 required, 4 fieldable: 2 PSUs short." },
      { formula: '=SPR.UNITGAP("BDU", 10, {12;40;220})', says: "12 BDUs fieldable (220 ÷ 18 = 12.2): 2 spare, shown as −2." },
    ],
    notes: ["Positive is a shortfall in whole units, negative a surplus, as SPR.GAP. Where the required units exceed what every role could supply, the gap is always positive."],
  },
  PSUGAP: {
    examples: [
      { formula: "=SPR.PSUGAP(11, {10,30,180,24})", says: "A force whose share is 11 PSUs: drivers (24 ÷ 3 = 8) bind, so 3 short." },
      { formula: "=SPR.PSUGAP({9;11;13}, {10,30,180,24})", says: "A column of requirements gives one answer each." },
    ],
  },
  BDUGAP: { examples: [{ formula: "=SPR.BDUGAP(6, {6,15,120})", says: "Sergeants (15 ÷ 3 = 5) bind: 1 BDU short." }] },
  AEPGAP: {
    examples: [{ formula: '=SPR.AEPGAP(SPR.STANDARD("AEP_TEAMS_PER_REGION"), {4,3,10}, 2)', says: "A region's two teams with two trained officers per post: 3 drivers ÷ 2 and 10 officers ÷ (4 × 2) each allow only 1 team, so 1 short." }],
  },
  UNITGAPDETAIL: {
    examples: [{ formula: '=SPR.UNITGAPDETAIL("PSU", 6, {5,14,80,12})', says: "Six PSUs need 6, 18, 108 and 18 trained officers; 39 are still to train, and sergeants, constables and drivers all bind at 4 PSUs." }],
    notes: ["Shortfall is by role and never negative: spare sergeants do not fill a shortage of drivers. The total row gives the officers still to train and the units the force can field now; Binds is TRUE for the role or roles that set that number.", TPP_NOTE],
  },
  EVENTPSUS: {
    examples: [
      { formula: '=SPR.EVENTPSUS({45000;12000;800}, {"HIGH";"LOW";"MEDIUM"})', says: "With the illustrative defaults: 45,000 ÷ 1,000 = 45; 12,000 ÷ 10,000 = 1.2 → 2; 800 ÷ 4,000 → 1." },
      { formula: '=SPR.EVENTPSUS(30000, "C", {"A",10000;"B",5000;"C",1500})', says: "The force's own table (here football-style categories A–C): 30,000 ÷ 1,500 = 20 PSUs." },
    ],
    notes: [
      "The SPR sets no crowd ratios: PSU numbers for events come from the force's strategic risk assessment (paragraph 116a). The default table (CROWD_PER_PSU_LOW 10,000, _MEDIUM 4,000, _HIGH 1,000 people per PSU) is illustrative only and shown as such by SPR.ASSUMPTIONS; give your own table.",
      "Answers are whole PSUs, rounded up: any crowd needs at least one PSU and no crowd needs none.",
    ],
  },
  PEAKCONCURRENT: {
    examples: [
      { formula: "=SPR.PEAKCONCURRENT({45000.5;45000.75;45001}, {45000.75;45001;45001.5}, {4;6;3})", says: "Three events back to back (12:00–18:00, 18:00–24:00, then until noon next day): they only meet, so the peak is the largest, 6." },
      { formula: "=SPR.PEAKCONCURRENT({45000.4166666667;45000.5833333333;45000.625}, {45000.6666666667;45000.75;45000.8333333333}, {5;8;2})", says: "A march 10:00–16:00 (5 PSUs), a match 14:00–18:00 (8) and a vigil 15:00–20:00 (2): all three from 15:00 to 16:00, 15 PSUs." },
    ],
    notes: [
      "Each event holds its demand over [start, end): an event ending exactly when another starts does not overlap it. Times are compared to the nearest second, so an end typed as =A2+4/24 meets a start typed as 16:00.",
      "Method: a sweep over the 2n start and end moments sorted by time (ends first at equal times), O(n log n); demands are summed exactly. Wholly blank rows of the calendar are skipped.",
      "Feed it SPR.EVENTPSUS for the demand column to turn a strategic risk assessment's event calendar into the local peak for SPR.PSUREQ.",
    ],
  },
  OVERCOMMIT: {
    examples: [
      { formula: '=SPR.OVERCOMMIT({45000.4166666667;45000.5833333333;45000.625}, {45000.6666666667;45000.75;45000.8333333333}, {5;8;2}, 10, {"march";"match";"vigil"})', says: "A march 10:00–16:00 (5 PSUs), a match 14:00–18:00 (8) and a vigil 15:00–20:00 (2) against 10 PSUs: over from 14:00 (13) until the march ends at 16:00, at most 15, 5 over, all three events in force." },
      { formula: "=SPR.OVERCOMMIT({45000.5;45000.75}, {45000.75;45001}, {6;6}, 6)", says: "Two events back to back, 6 PSUs each, against 6: never over capacity (they only meet); the peak is 6, 0 over." },
    ],
    notes: [
      "For a region's or the nation's mutual aid: the force plans' events on one calendar against the PSUs their forces can field together. A roll-up's Forces sheet uses it (see the workbook guide).",
      "Each period runs from the moment the demand first exceeds the capacity to the moment it falls back to it or below; events that hand over at the same moment do not split a period. Demands and capacity are compared exactly; O(n log n) plus the events listed.",
    ],
  },
  PSUREQ: {
    examples: [
      { formula: "=SPR.PSUREQ(11, 6)", says: 'A national share of 11 PSUs (see SPR.ALLOCATE) and a local peak of 6: "max" gives 11.' },
      { formula: '=SPR.PSUREQ(11, 6, "sum")', says: "The same force planning to meet a national call while keeping local cover: 17." },
    ],
    notes: [
      'The national share comes from =SPR.NATIONALSHARE(force, "PSU"): largest remainder of the 297 over the forces\' officer numbers (Kent, 3,552.57 officer FTE against the other 40 forces outside London, gets 11). That London\'s 75 PSUs (PSU_LONDON) are outside the 297 is the project\'s reading of paragraph 120a (assumption PSU_297_EXCLUDES_LONDON), not what the SPR says in so many words.',
      '"max" assumes a national call and the force\'s own peak do not fall together; "sum" assumes they may. Which applies is the force\'s judgement, not an SPR figure.',
    ],
  },
  NATIONALSHARE: {
    examples: [
      { formula: '=SPR.NATIONALSHARE("Kent", "PSU")', says: "Kent's share of the 297 PSUs over the shipped officer FTE: 297 × 3,552.5702 ÷ 91,996.14695 = 11.469, so 11 (the PSUs left after every force's whole part go to the largest remainders)." },
      { formula: '=SPR.NATIONALSHARE("City of London", "PSU")', says: "The two London forces share London's 75: quotas 73.222 (Metropolitan Police) and 1.778 (City of London); floors 73 + 1, and the last PSU goes to the larger remainder, so 2." },
      { formula: '=SPR.NATIONALSHARE("Kent", "BDU")', says: "All 43 forces share the 234 BDUs of paragraph 120b: 234 × 3,552.5702 ÷ 123,170.86 = 6.749, so 7." },
      { formula: '=SPR.NATIONALSHARE("Kent", "PSU", , FALSE)', says: "Reading the 297 as including London's 75: the 41 forces outside London share 222, and Kent's share is 9." },
    ],
    notes: [
      "Who shares what: for PSUs, the 41 forces outside London share the 297 of PSU_NATIONAL_EW and the Metropolitan Police and City of London share the 75 of PSU_LONDON; for BDUs, all 43 forces share the 234 of BDU_NATIONAL. Paragraph 120a says \"PSUs totalling 297 across England and Wales, alongside 75 units for London\": reading \"alongside\" as \"in addition to\" is the project's, held as the planning assumption PSU_297_EXCLUDES_LONDON (1), which excludes_london overrides.",
      "Weights default to the shipped police officer FTE at 31 March 2019 (Home Office, OGL v3.0); give a two-column table of force and weight (current FTE, or an agreed NPoCC split) to replace them. It must name every force sharing the figure; forces outside that pool are ignored. The method is SPR.ALLOCATE's exact largest remainder, so the shares of every force in the pool add up to the national figure.",
      "In a plan, publicOrder.nationalPsuShare and publicOrder.requiredBdus are optional: left out, the workbook derives them with this function (the Public order sheet shows the formula); given, the figure is the force's agreed figure, the derived share is shown beside it, and the Checks block warns when the two are far apart.",
      OVERRIDES_NOTE,
    ],
  },
  MUTUALAID: {
    examples: [
      { formula: "=SPR.MUTUALAID(10, 12, 5)", says: "Within local capacity: tier 1, all 10 from the force." },
      { formula: "=SPR.MUTUALAID(15, 12, 5)", says: "Tier 2: 12 from the force and 3 from the region (paragraph 127)." },
      { formula: "=SPR.MUTUALAID(20, 12, 5)", says: "Tier 3: 12 from the force, all 5 the region can spare, and 3 through national mutual aid (paragraph 126)." },
    ],
    notes: ["Tier 1 when demand ≤ local capacity; tier 2 when demand ≤ local capacity + regional spare; otherwise tier 3. The three sources always add up to the demand."],
  },
  CHECKUNIT: {
    examples: [
      { formula: '=SPR.CHECKUNIT("PSU", {1,3,18,3})' },
      { formula: '=SPR.CHECKUNIT("PSU", {1,2,12,3})', says: "A reduced serial of 1 inspector, 2 sergeants and 12 constables is not a PSU under paragraph 122a." },
      { formula: '=SPR.CHECKUNIT("AEP", {1,0,5})' },
    ],
    notes: [OVERRIDES_NOTE],
  },
};
