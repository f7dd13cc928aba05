/** What the function reference says about a function beyond its JSDoc: worked examples and notes on method. */
export interface FunctionNote {
  /** Formulas as a user would type them; the reference shows each with the answer the engine gives. */
  examples: { formula: string; says?: string }[];
  /** Paragraphs on method, units, defaults and caveats. */
  notes?: string[];
}
