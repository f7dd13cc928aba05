// A test that needs a missing program fails in CI and is skipped, loudly, elsewhere.
import { missingBinary } from "./helpers/binaries";

describe("a missing binary", () => {
  it("is a failure when CI is set, as CI services set it", () => {
    for (const CI of ["true", "1", "yes"]) {
      expect(missingBinary("The LibreOffice test", ["/usr/bin/soffice"], "apt-get install -y libreoffice-calc-nogui", { CI })).toEqual({
        fail: true,
        text: "The LibreOffice test cannot run: /usr/bin/soffice is not installed (apt-get install -y libreoffice-calc-nogui). CI is set, so this is a failure.",
      });
    }
  });

  it("is a skip, said out loud, on a developer's machine", () => {
    for (const env of [{}, { CI: "" }, { CI: "false" }, { CI: "0" }]) {
      expect(missingBinary("Browser tests", ["/usr/bin/chromium"], "apt-get install -y chromium", env)).toEqual({
        fail: false,
        text: "Browser tests SKIPPED: /usr/bin/chromium is not installed (apt-get install -y chromium).",
      });
    }
  });
});
