/**
 * The engine's one error type. Every bad input becomes an SprError that names the argument and says what is
 * expected; the Excel door turns it into a #VALUE!/#NUM!/#N/A cell, the command line into a JSON error.
 */
export type SprErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

export class SprError extends Error {
  readonly code: SprErrorCode;
  constructor(code: SprErrorCode, message: string) {
    super(message);
    this.name = "SprError";
    this.code = code;
  }
}

/** `#VALUE!`: an argument of the wrong kind or shape. */
export function valueError(argument: string, expected: string): SprError {
  return new SprError("#VALUE!", `${argument}: ${expected}`);
}

/** `#NUM!`: a number outside the domain where the answer exists. */
export function numError(argument: string, expected: string): SprError {
  return new SprError("#NUM!", `${argument}: ${expected}`);
}
