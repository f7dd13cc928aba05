import { PAY_AWARDS } from "../costs/pay-data";
import { Assumption } from "./assumption";

/** The award in force: the last of the dated awards the pay table is brought forward by. */
const LATEST_AWARD = PAY_AWARDS[PAY_AWARDS.length - 1];

const HO_PRRB_2024 =
  "Home Office, Evidence to the Police Remuneration Review Body 2024 to 2025 (February 2024), para. 3: employer pension contributions rise from 31% to 35.3% (from 1 April 2024)";
const NI_2025 =
  "HM Treasury, Autumn Budget 2024: employer (secondary Class 1) National Insurance 15% above the secondary threshold of £5,000 a year, from 6 April 2025 (GOV.UK)";

/** The rates that turn pay into the employer's cost, and the one-off costs of training and recruiting (issue 17). */
export const COST_ASSUMPTIONS: Assumption[] = [
  {
    key: "EMPLOYER_PENSION_RATE",
    value: 0.353,
    unit: "fraction of pensionable pay",
    source: HO_PRRB_2024,
    illustrative: false,
    reasoning: "The employer contribution to the Police Pension Scheme from 1 April 2024, on basic (pensionable) pay.",
  },
  {
    key: "EMPLOYER_NI_RATE",
    value: 0.15,
    unit: "fraction of pay above the threshold",
    source: NI_2025,
    illustrative: false,
    reasoning: "Secondary Class 1 National Insurance for 2025/26.",
  },
  {
    key: "NI_SECONDARY_THRESHOLD",
    value: 5000,
    unit: "GBP per year",
    source: NI_2025,
    illustrative: false,
    reasoning: "Employers pay National Insurance only on pay above this yearly threshold (2025/26; £9,100 in 2024/25).",
  },
  {
    key: "APPRENTICESHIP_LEVY_RATE",
    value: 0.005,
    unit: "fraction of pay",
    source:
      "HMRC, Apprenticeship Levy (Finance Act 2016, Part 6): 0.5% of an employer's pay bill, less a £15,000 yearly allowance, from 6 April 2017",
    illustrative: false,
    reasoning: "Every force's pay bill is far above £3 million, so each further pound of pay costs 0.5% more in levy.",
  },
  {
    key: "PAY_AWARD",
    value: LATEST_AWARD.rate,
    unit: "fraction a year",
    source: LATEST_AWARD.source,
    illustrative: false,
    reasoning: "The latest award, used for each later year of the medium-term plan until the force sets its own assumption.",
  },
  {
    key: "PAY_SCALE_STEP",
    value: 3,
    unit: "GBP",
    source:
      "Police Federation of England and Wales, inspector pay scales: each figure from 01/09/2023 is the 01/09/2022 figure × 1.07 to the nearest £3 (56,088 × 1.07 = 60,014.16 → £60,015; 57,573 × 1.07 = 61,603.11 → £61,602); so is each pair in Home Office Circular 001/2019, Annex F (38,382 × 1.02 = 39,149.64 → £39,150)",
    illustrative: false,
    reasoning:
      "Our reading of how the scales are rounded: every published figure is a whole multiple of £3, so a figure SPR.PAY brings forward by the awards since it was published is rounded the same way each year. SPR.PAY reads this registry value (it is not an argument): to price a point differently, enter the force's own salary.",
  },
  {
    key: "INFLATION",
    value: 0.02,
    unit: "fraction a year",
    source: "HM Treasury remit for the Monetary Policy Committee: the Bank of England's inflation target of 2% (CPI)",
    illustrative: false,
    reasoning:
      "Non-pay budget lines move with inflation; the target is the neutral medium-term figure. Use the OBR forecast or the force's own.",
  },
  {
    key: "WORKING_DAYS_PER_YEAR",
    value: 261,
    unit: "days per year",
    source:
      "Arithmetic: 52 weeks × 5 days + 1 (a 365-day year has 52 weeks and a day); Police Regulations 2003, Annex O: two rest days a week",
    illustrative: false,
    reasoning: "A day of an officer's time costs the yearly employer cost ÷ 261: the basis for pricing days on a course.",
  },
  {
    key: "RECRUITMENT_COST",
    value: 2000,
    unit: "GBP per officer",
    source: "",
    illustrative: true,
    reasoning:
      "Advertising, assessment, vetting and medicals for one officer replacing one moved into a specialist role; forces know their own.",
  },
  {
    key: "COURSE_COST_PSU",
    value: 1000,
    unit: "GBP per officer",
    source: "",
    illustrative: true,
    reasoning: "Fees, venue and trainers for the level 2 public order course, beyond the officer's own time.",
  },
  {
    key: "COURSE_DAYS_PSU",
    value: 5,
    unit: "days per officer",
    source: "",
    illustrative: true,
    reasoning: "Days off the line on the initial level 2 public order course.",
  },
  {
    key: "COURSE_COST_AFO",
    value: 5000,
    unit: "GBP per officer",
    source: "",
    illustrative: true,
    reasoning: "Ammunition, range time, instructors and kit for the initial armed officer and ARV courses, beyond the officer's own time.",
  },
  {
    key: "COURSE_DAYS_AFO",
    value: 35,
    unit: "days per officer",
    source: "",
    illustrative: true,
    reasoning: "Days off the line on the initial AFO and ARV courses (about seven weeks).",
  },
  {
    key: "COURSE_COST_SOC",
    value: 2000,
    unit: "GBP per officer",
    source: "",
    illustrative: true,
    reasoning: "Fees for the detective (PIP level 2) and specialist investigation courses, beyond the officer's own time.",
  },
  {
    key: "COURSE_DAYS_SOC",
    value: 20,
    unit: "days per officer",
    source: "",
    illustrative: true,
    reasoning: "Days off the line on the investigator courses.",
  },
];
