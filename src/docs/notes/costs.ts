import { FunctionNote } from "./note";
import { MONEY_NOTE } from "./section22";

/** How every cost function rounds: one sentence, shown on each. */
const PENCE_NOTE =
  "Exact to the penny: every number is read as Excel shows it (15 significant digits), the arithmetic is exact, and the result is rounded once, halves away from zero, as =ROUND(x, 2) would round the exact figure. A cost beyond £9,999,999,999,999.99 is refused rather than shown inexactly. Every rate is a planning assumption with its source (=SPR.ASSUMPTIONS()); the force's own figure, typed in the argument, always wins. See docs/costs.md.";

export const COSTS_NOTES: Record<string, FunctionNote> = {
  EMPLOYCOST: {
    examples: [
      { formula: "=SPR.EMPLOYCOST(50256)", says: "A constable at the top of the scale from 1 September 2025: 50,256 + 35.3% pension 17,740.368 + 15% NI on 45,256 = 6,788.40 + 0.5% levy 251.28 = £75,036.048, so £75,036.05." },
      { formula: "=SPR.EMPLOYCOST(30000, 0.353, 0.138, 9100)", says: "The 2024/25 National Insurance rate and threshold: 30,000 + 10,590 + 0.138 × 20,900 = 2,884.20 + 150 = £43,624.20." },
      { formula: "=SPR.EMPLOYCOST(4000)", says: "Pay below the £5,000 threshold attracts no employer National Insurance: 4,000 + 1,412 + 20 = £5,432.00." },
    ],
    notes: [
      "Method: salary + pension_rate × salary + ni_rate × max(0, salary − ni_threshold) + levy_rate × salary. Pension is on basic (pensionable) pay; National Insurance on pay above the secondary threshold; the apprenticeship levy is 0.5% of each further pound of a pay bill above £3 million, which every force's is.",
      PENCE_NOTE,
    ],
  },
  PAY: {
    examples: [
      { formula: '=SPR.PAY("constable")', says: "The top of the constables' scale from 1 September 2025: pay point 7, £50,256 (the Home Office's scale, as quoted)." },
      { formula: '=SPR.PAY("sergeant", 2)', says: "A sergeant's entry point from 1 September 2025, £53,568 (quoted)." },
      { formula: '=SPR.PAY("inspector", 1)', says: "Derived, not published: the Police Federation's £60,015 of 1 September 2023 × 1.0475 → £62,865 (1 September 2024) × 1.042 → £65,505 (1 September 2025), each year to the nearest £3." },
      { formula: '=SPR.PAY("superintendent")', says: "The top of the superintendents' scale from 1 September 2025, £99,015 (quoted); their point numbers could not be confirmed, so leave point out." },
    ],
    notes: [
      "Every figure is at the award in force (1 September 2025). A point whose latest figure found is older (inspectors' points 1 and 2, chief inspectors' point 2, from the Police Federation's 1 September 2023 table) is brought forward by each award since, 4.75% from 1 September 2024 and 4.2% from 1 September 2025, each year rounded to the nearest £3 as the published scales are (assumption PAY_SCALE_STEP); =SPR.PAYSCALES() labels it derived and shows the working. Brought forward the same way, the Federation's 2023 figures give exactly the 2025 figures the Home Office published for the same points.",
      "Points no public page gave (constables' points 2 to 6, sergeants' point 3, the superintending ranks' point numbers) are refused with where the official figure is published (Annex F to the Police Regulations 2003): enter your force's figure. The 2025 figures are the Home Office's (Evidence to the PRRB 2026 to 2027, Annex A) as quoted by public repositories; see docs/costs.md.",
      "Outside London; London weighting and allowances are not included.",
    ],
  },
  PAYSCALES: {
    examples: [{ formula: "=SPR.PAYSCALES()", says: "Rank, pay point, basic pay, date, basis (published, quoted or derived) and source: one row per pay point, every figure at 1 September 2025." }],
    notes: [
      "The figures as found, each dated, are in data/pay-scales.csv (a test checks the engine holds the same); this table is what SPR.PAY gives from them, every point's latest figure brought to the award in force.",
    ],
  },
  STAFFCOST: {
    examples: [
      { formula: "=SPR.STAFFCOST({10;2}, {48231;63198})", says: "Ten constables at £71,982.35 and two inspectors at £94,552.58 (63,198 + 22,308.894 + 0.15 × 58,198 = 8,729.70 + 315.99 = 94,552.584): £719,823.50 + £189,105.16 = £908,928.66." },
      { formula: "=SPR.STAFFCOST(12.5, 48231)", says: "12.5 FTE of SOC investigators at £48,231 (the constables' top point in 2024/25): 12.5 × £71,982.35 = £899,779.375, so £899,779.38." },
    ],
    notes: [
      "Each group's employer cost per officer is rounded to the penny (SPR.EMPLOYCOST), then officers × cost is summed exactly and rounded once, so FTE such as 12.5 are priced exactly.",
      "For the AFO establishment: =SPR.STAFFCOST(SPR.AFOREQ(…), SPR.PAY(\"constable\")); for SOC investigators: =SPR.STAFFCOST(SPR.SOCREQ(…), salary).",
      PENCE_NOTE,
    ],
  },
  UNITCOST: {
    examples: [
      { formula: '=SPR.UNITCOST("PSU", 1, {63198;50000;48231;48231})', says: "One PSU (1 inspector, 3 sergeants, 18 constables, 3 drivers) at those salaries, sergeants at a force's own £50,000." },
    ],
    notes: ["Trained officers by role are SPR.UNITSTAFF's (posts × trained per post, rounded up); each is priced by SPR.EMPLOYCOST at its role's salary.", PENCE_NOTE],
  },
  GAPCOST: {
    examples: [
      { formula: '=SPR.GAPCOST("AFO", 3, 70000)', says: "Three AFOs short at £70,000 a year each: one-off 3 × (£2,000 + £5,000 + 35 days × 70,000 ÷ 261) = 3 × £16,386.973… = £49,160.92; recurring £210,000.00 a year." },
      { formula: '=SPR.GAPCOST("PSU", 17, 71982.35, 1000, 5, 0)', says: "17 public order officers trained from within (no recruitment): 17 × (1,000 + 5 × 71,982.35 ÷ 261) = 17 × £2,378.972… = £40,442.53 once; £1,223,699.95 a year." },
    ],
    notes: [
      "A surplus (a negative gap, as SPR.GAP gives it) costs nothing; officers_each turns a gap counted in units into officers (25 for a PSU, 1 for officers or FTE).",
      "One-off = shortfall × (recruitment cost + course fees + course days × employer cost ÷ working days in a year); recurring = shortfall × employer cost. The course and recruitment figures are illustrative assumptions (COURSE_COST_PSU/AFO/SOC, COURSE_DAYS_…, RECRUITMENT_COST): enter your force's.",
      PENCE_NOTE,
    ],
  },
  EVENTCOST: {
    examples: [
      { formula: '=SPR.EVENTCOST({2;10}, 8, {30;25}, {"normal";"overtime"})', says: "Two inspectors at plain time (2 × 8 × £30 = £480) and ten constables on overtime at time and a third (10 × 8 × £25 × 4/3 = £2,666.666…): £3,146.67." },
      { formula: '=SPR.EVENTCOST(20, 10, 24, "public holiday")', says: "20 officers for 10 hours on a public holiday at double time: 20 × 10 × 24 × 2 = £9,600.00." },
    ],
    notes: [
      "Multipliers of Police Regulations 2003 for constables and sergeants: overtime time and a third (Annex G); a rostered rest day worked at less than 15 days' notice time and a half; a public holiday double time (Annex H). Inspectors and above are not paid overtime: list them as \"normal\". Time and a third is held as 4/3 exactly, so only the total is rounded.",
      "An hourly rate at plain time is the force's own figure; a planning approximation is the employer cost over working hours, =SPR.EMPLOYCOST(salary)/(261*8): 261 working days (WORKING_DAYS_PER_YEAR) of 8 hours, the normal daily period of duty of Police Regulations 2003, Annex E, paragraph 1(b) (refreshment included).",
      PENCE_NOTE,
    ],
  },
  AIDCHARGE: {
    examples: [
      { formula: '=SPR.AIDCHARGE({2;10}, 8, {30;25}, "planned", {"normal";"overtime"}, 1200)', says: "A planned event: every hour charged (£3,146.666…) plus £1,200 expenses: £4,346.67." },
      { formula: '=SPR.AIDCHARGE({2;10}, 8, {30;25}, "spontaneous", {"normal";"rest day"}, 120.5)', says: "An emergency: only the additional cost, the rest-day hours (10 × 8 × 25 × 1.5 = £3,000), plus £120.50 expenses: £3,120.50." },
    ],
    notes: [
      "Method: the NPCC's National Policing Guidelines on Charging for Police Services: Mutual Aid Cost Recovery separate planned deployments (events), charged at full cost, from emergency or spontaneous deployments, where the lending force recovers its additional costs. Here additional means hours at overtime, rest-day or public-holiday rates; hours the officers would have worked anyway are not charged. The guidelines' yearly published hourly rates are not shipped: enter them (or your force's) as hourly_rates.",
      PENCE_NOTE,
    ],
  },
  S22YEARS: {
    examples: [
      { formula: "=SPR.S22YEARS({1;1;2}, {100,50}, {0.042,0.042;0.02,0.02})", says: "A pay line of £100 rising 4.2% a year (£104.20, then £108.5764 → £108.58) and a non-pay line of £50 rising 2% (£51.00, £52.02): three forces over three years, each column adding up to that year's budget (£150.00, £155.20, £160.60)." },
    ],
    notes: [
      "Each later year's line cost is the exact compound of the first year's cost rounded to unit on its own (SPR.UPLIFT with a unit), and each year's column is exactly the Total column SPR.S22TABLE gives over that year's line costs: the same pennies, the same flags' reasoning.",
      "rates holds one row per budget line (or a single row for every line) and one column per year-on-year change: k columns give k + 1 years. The medium-term financial plan's four years take three columns. The defaults a plan uses are the PAY_AWARD and INFLATION assumptions.",
      MONEY_NOTE + " A medium-term table has at most 50,000 cells (forces × lines × years), the limit of one S22TABLE.",
    ],
  },
};
