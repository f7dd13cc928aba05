/**
 * The engine's one error type. Every bad input becomes an SprError that names the argument and says what is
 * expected; the Excel door turns it into a #VALUE!/#NUM!/#N/A cell, the command line into a JSON error.
 */
export type SprErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

export class SprError extends Error {
  readonly code: SprErrorCode;
  /** The argument the error is about, when there is one; `detail` is the message without it (for a door, such as the
   * plan validator, that names the place itself). */
  readonly argument?: string;
  readonly detail: string;
  constructor(code: SprErrorCode, message: string, argument?: string, detail = message) {
    super(message);
    this.name = "SprError";
    this.code = code;
    this.argument = argument;
    this.detail = detail;
  }
}

/** `#VALUE!`: an argument of the wrong kind or shape. */
export function valueError(argument: string, expected: string): SprError {
  return new SprError("#VALUE!", `${argument}: ${expected}`, argument, expected);
}

/** `#NUM!`: a number outside the domain where the answer exists. */
export function numError(argument: string, expected: string): SprError {
  return new SprError("#NUM!", `${argument}: ${expected}`, argument, expected);
}
