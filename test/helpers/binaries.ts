// Tests that need a program installed on the machine (Chromium, LibreOffice). Where it is missing, CI (CI set, as
// every CI service sets it) fails, so a green run there never hides them; a local run skips them and says so loudly
// on stderr, where a passing summary cannot bury it.
import * as fs from "fs";

/** The first of `paths` that exists, or undefined. */
export function installed(...paths: string[]): string | undefined {
  return paths.find((p) => fs.existsSync(p));
}

/** What a missing binary means here: a failure in CI, a loud skip elsewhere. */
export function missingBinary(
  what: string,
  paths: string[],
  install: string,
  env: NodeJS.ProcessEnv = process.env,
): { fail: boolean; text: string } {
  const inCi = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  const text = `${what} ${inCi ? "cannot run" : "SKIPPED"}: ${paths.join(" or ")} is not installed (${install}).${inCi ? " CI is set, so this is a failure." : ""}`;
  return { fail: inCi, text };
}

/**
 * `describe` when one of `paths` is installed. Otherwise, in CI a describe whose one test fails with the reason;
 * locally `describe.skip`, after a banner on stderr.
 */
export function describeWith(paths: string[], what: string, install: string): jest.Describe {
  if (installed(...paths)) return describe;
  const { fail, text } = missingBinary(what, paths, install);
  if (fail) {
    const failing = (name: string) =>
      describe(name, () => {
        it(`needs ${paths.join(" or ")}`, () => {
          throw new Error(text);
        });
      });
    return Object.assign(failing, { each: describe.each, only: describe.only, skip: describe.skip }) as unknown as jest.Describe;
  }
  const bar = "!".repeat(Math.min(text.length, 100));
  process.stderr.write(`\n${bar}\n${text}\n${bar}\n\n`);
  return describe.skip;
}

export const CHROMIUM_INSTALL = "apt-get install -y chromium";
export const LIBREOFFICE_INSTALL = "apt-get install -y libreoffice-calc-nogui";
export const WRITER_INSTALL = "apt-get install -y libreoffice-writer-nogui";
