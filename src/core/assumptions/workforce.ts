import { Assumption } from "./assumption";

/** How many hours an officer is actually available: the basis of every FTE calculation. */
export const WORKFORCE_ASSUMPTIONS: Assumption[] = [
  {
    key: "WEEKLY_HOURS",
    value: 40,
    unit: "hours per week",
    source: "Police Regulations 2003, Annex E (normal daily period of duty of 8 hours) and Annex O (two rest days a week)",
    illustrative: false,
    reasoning: "Five 8-hour tours a week for a full-time officer.",
  },
  {
    key: "ANNUAL_LEAVE_DAYS",
    value: 25,
    unit: "days per year",
    source: "Police Regulations 2003, Annex O: 22 days under 2 years' service, 25 from 2 years, 27 from 10, 28 from 15, 30 from 20",
    illustrative: false,
    reasoning: "The entitlement from two to ten years' service; use your workforce's average if it is longer serving.",
  },
  {
    key: "BANK_HOLIDAYS",
    value: 8,
    unit: "days per year",
    source: "UK Government, bank holidays in England and Wales (8 a year)",
    illustrative: false,
    reasoning: "Public holidays taken as days off.",
  },
  {
    key: "TRAINING_DAYS",
    value: 10,
    unit: "days per year",
    source: "",
    illustrative: true,
    reasoning: "Mandatory and refresher training off the line (public order, officer safety, first aid); forces record their own.",
  },
  {
    key: "SICKNESS_DAYS",
    value: 8,
    unit: "days per year",
    source: "",
    illustrative: true,
    reasoning: "Working days lost to sickness per officer; take your force's own recent average.",
  },
  {
    key: "OTHER_ABSTRACTION_DAYS",
    value: 0,
    unit: "days per year",
    source: "",
    illustrative: true,
    reasoning: "Court attendance, duties elsewhere and other abstractions; none assumed unless the force records them.",
  },
  {
    key: "HOURS_24_7_POST",
    value: 8760,
    unit: "hours per year",
    source: "Arithmetic: 365 days × 24 hours",
    illustrative: false,
    reasoning: "A post covered around the clock, every day of the year.",
  },
];
