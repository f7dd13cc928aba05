/**
 * The engine's one error type. Every bad input becomes an SprError that names the argument and says what is
 * expected; the Excel door turns it into a #VALUE! or #N/A cell, the command line into a JSON error.
 *
 * There is no #NUM!: Excel shows a custom function's message only with #VALUE! and #N/A and drops it with any other
 * error (docs: "Handle and return errors from your custom function"), and every refusal here carries a message the
 * user needs. A number outside an argument's domain is therefore #VALUE! too.
 */
export type SprErrorCode = "#VALUE!" | "#N/A";

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

/** `#VALUE!`: an argument of the wrong kind, shape or size, or a number outside the domain where the answer exists. */
export function valueError(argument: string, expected: string): SprError {
  return new SprError("#VALUE!", `${argument}: ${expected}`, argument, expected);
}
