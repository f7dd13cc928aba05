/**
 * A local planning assumption: a number a capacity model needs that the SPR does not set.
 * Each one names its public source, or says plainly that it is illustrative (a placeholder for the force's own figure).
 */
export interface Assumption {
  key: string;
  value: number;
  unit: string;
  /** A public source (publisher, title, date), or "" when illustrative. */
  source: string;
  /** True when no public source exists: the figure only shows how the model works and the force should set its own. */
  illustrative: boolean;
  /** Why this value, in a sentence. */
  reasoning: string;
}

export const ILLUSTRATIVE = "Illustrative: no public source; set your force's own figure";
