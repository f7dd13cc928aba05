/** What a call throws: the Excel error (code and message) a custom function raises, for tests. */
export function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an error");
}

/** The message of the error a call throws. */
export function message(f: () => unknown): string {
  return thrown(f).message;
}
