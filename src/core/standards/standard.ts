/** One figure the Strategic Policing Requirement (February 2023) sets, with the paragraph that sets it. */
export interface Standard {
  /** Stable upper-case key, e.g. "PSU_NATIONAL_EW". */
  key: string;
  value: number;
  /** What the number counts: "PSUs", "officers", "GBP", "per year" … */
  unit: string;
  /** SPR paragraph (and footnote where relevant), e.g. "120a". */
  paragraph: string;
  /** What the SPR says, in a sentence. */
  text: string;
}

/** The edition every figure here is taken from. */
export const SPR_EDITION = "Strategic Policing Requirement, Home Office, February 2023";
