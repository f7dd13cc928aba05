import { FunctionNote } from "./note";

export const ARMED_POLICING_NOTES: Record<string, FunctionNote> = {
  ARVREQ: {
    examples: [
      { formula: "=SPR.ARVREQ(1200, 90)", says: "1,200 incidents a year of 90 minutes: 0.2055 erlangs. One ARV would be committed 20.6% of the time; two keep the chance of none being free to 1.9%." },
      { formula: "=SPR.ARVREQ(1200, 90, 0.05, 1, 2)", says: "Planning for a peak hour at twice the average rate: 0.411 erlangs need 3." },
      { formula: "=SPR.ARVREQ(1200, 90, 0.05, 1, 2, 4)", says: "The force's geography needs 4 ARVs on duty to meet its response times: the floor wins." },
      { formula: "=SPR.ARVREQ(8760, 60)", says: "8,760 one-hour incidents keep exactly one ARV busy on average (1 erlang); 4 keep the wait probability to 1/49 = 2%." },
    ],
    notes: [
      "Units: incidents a year ÷ 525,600 minutes a year (the 8,760-hour year of HOURS_24_7_POST × 60) is the arrival rate per minute; times the minutes each incident holds an ARV it is the offered load in erlangs, the average number of ARVs busy at once; times ARVs sent to each incident and the peak factor it is the load the ARVs must carry. ARVs on duty = max(SPR.SERVERSFOR(load, max_wait_prob), coverage_minimum).",
      "The SPR sets no ARV number: capacity is set by the force's APSTRA (paragraph 151) and ARVs are a Prepare capability for counter-terrorism (40.4b). Every default here is an illustrative planning assumption (MAX_WAIT_PROB 0.05, ARVS_PER_INCIDENT 1, PEAK_FACTOR 1, COVERAGE_MINIMUM 0): replace each with the APSTRA's own.",
      "The queue counts firearms incidents only. Time ARVs spend on visible protection of key sites (paragraph 150), training or other taskings belongs in coverage_minimum or in mean_minutes. Sending several ARVs is modelled as several times the load, which slightly understates waits when all must be free at once.",
    ],
  },
  ARVCOVER: {
    examples: [
      { formula: "=SPR.ARVCOVER(3000, 0.9, 20)", says: "90% of 3,000 km² within 20 minutes: at 48 km/h an ARV reaches 16 road km, 13.3 km as the crow flies after the 1.2 detour, a disc of 558.5 km²; 2,700 ÷ 558.5 = 4.83, so 5 ARVs." },
      { formula: "=SPR.ARVCOVER(3000, 0.9, 15)", says: "Within 15 minutes: r = 10 km, 314.2 km² each; 2,700 ÷ 314.2 = 8.59, so 9." },
      { formula: "=SPR.ARVREQ(950, 150, 0.05, 1.5, 1.4, SPR.ARVCOVER(3000, 0.9, 20))", says: "The coverage minimum as ARVREQ's floor." },
    ],
    notes: [
      "Method: each ARV reaches a disc of radius r = speed × minutes ÷ 60 ÷ detour factor (the road distance it can drive, turned into a straight-line distance); ARVs = ceil(target share × area ÷ π r²). It is a planning approximation, not a deployment plan.",
      "It is a floor. It takes the discs not to overlap and each ARV to wait at the centre of its own; covering a whole plane with equal discs needs 2π ÷ √27 ≈ 1.21 times as many (Kershner, 1939), and real roads, coasts and estuaries need more. It ignores ARVs already committed (that is the queueing answer's job, and SPR.ARVREQ takes the larger of the two) and the time to dispatch and mobilise (take it off response_minutes).",
      "Sources: the force area from the ONS Standard Area Measurements (less land no road reaches); the speed from the force's own vehicle location data (the default 48 km/h is illustrative); the detour factor 1.2 from Newell (1980), higher for a rural force. Where demand is concentrated, give the area that holds the share of demand to cover, with target_share 1.",
    ],
  },
  ARVBINDS: {
    examples: [
      { formula: "=SPR.ARVBINDS(SPR.ARVREQ(950, 150), SPR.ARVCOVER(3000, 0.9, 20))", says: "Which of the queueing answer and the coverage minimum sets the ARVs on duty." },
      { formula: "=SPR.ARVBINDS(4, 4)", says: "Equal: both." },
    ],
    notes: ["Give SPR.ARVREQ without a coverage minimum (0) as queueing_arvs, so the comparison is queueing against coverage."],
  },
  AFOREQ: {
    examples: [
      { formula: "=SPR.AFOREQ(3)", says: "Three ARVs around the clock, crewed by two: 6 posts × 5.22 officers per post." },
      { formula: "=SPR.AFOREQ(SPR.ARVREQ(1200, 90, 0.05, 1, 2, 4))", says: "The establishment behind the four ARVs above." },
      { formula: "=SPR.AFOREQ(2, 3, SPR.PRODUCTIVEHOURS(40, 30))", says: "London-style crews of three, with a long-serving workforce's 30 days' leave." },
    ],
    notes: [
      "AFO FTE = ARVs × crew × SPR.POSTFTE(hours_covered, productive_hours): the same officers-per-post arithmetic as every other post, so it rises linearly with ARVs and with crew size.",
      "Crew size 2 is ACPO guidance (at least two AFOs per ARV; typically three in London). AFOs also needed for specialist roles (armed surveillance, MASTS, SFO, CTSFO: paragraphs 152–155) are not included: add them.",
    ],
  },
  ARVAFOS: {
    examples: [{ formula: "=SPR.ARVAFOS(230, {110;20;14})", says: "230 AFOs, of whom 110 SFO/CTSFO/MASTS, 20 tactical advisers and commanders and 14 instructors: 86 ARV officers." }],
    notes: ["Exact to the decimals typed; other roles adding up to more than the establishment are refused. SPR.AFOGAP takes the same other_roles range."],
  },
  AFOGAP: {
    examples: [
      { formula: "=SPR.AFOGAP(4, 44)", says: "Four ARVs need 41.7 AFOs; 44 on the establishment at the national 90.8% deployable rate are 39.9: 1.8 short." },
      { formula: "=SPR.AFOGAP(4, 44, 2, , 1)", says: "The same with every AFO deployable: 2.3 spare (negative)." },
      { formula: "=SPR.AFOGAP(4, 60, , , , {10;4;2})", says: "An establishment of 60 AFOs of whom 10 are SFOs, 4 tactical advisers and commanders and 2 instructors: the 44 ARV officers are compared, as above." },
    ],
    notes: [
      "Compare ARV with ARV. AFOs in specialist roles (SFO, CTSFO, MASTS), tactical advisers and commanders, and instructors do not crew ARVs: give them in other_roles (or give only the ARV officers as afos_available). Compared with the whole establishment, a force short of ARV officers can look GREEN.",
      "Gap = SPR.AFOREQ(arvs_on_duty, crew_size, productive_hours) − (afos_available − Σ other_roles) × deployable_rate, in deployable AFOs. To close a gap of G, the establishment must grow by about G ÷ deployable_rate, since new AFOs are deployable at the same rate.",
      "The default deployable rate is 6,038 ÷ 6,651 = 0.908, the national figure at 31 March 2023 (Home Office, Police use of firearms statistics; 5,861 of 6,473 at 31 March 2024). Productive hours already remove leave, training and sickness; if the force's productive hours also remove officers on long-term restricted duties, set deployable_rate to 1 to avoid counting them twice.",
    ],
  },
  CEDREQ: {
    examples: [
      { formula: "=SPR.CEDREQ({100;850;60}, {1;0.3;0.5})", says: "100 AFOs (all CED-trained, 156.2), 30% of 850 response officers, half of 60 roads policing officers: 100 + 255 + 30." },
    ],
    notes: [
      "Paragraph 156.2: the force's STRA establishes the number of CEDs and trained officers it requires. The shares are the force's own; none is assumed. The sum is exact to the decimal typed.",
    ],
  },
};
