// The task pane shows the plan's departures from the SPR before Build (issue 13), at the pane's narrow width.
import { PaneSession, describeWithChromium, offMachine, openTaskpane } from "../helpers/browser";

const PORT = 3000 + 1700 + (process.pid % 800);
const WIDTH = 320;

const run = describeWithChromium("Browser test of the checks panel");

run("the task pane's checks against the SPR", () => {
  let pane: PaneSession;

  beforeAll(async () => {
    pane = await openTaskpane(PORT, WIDTH);
  }, 150000);

  afterAll(async () => {
    await pane?.close();
  });

  it("lists each warning with its plan path and paragraph before Build, and writes nothing", async () => {
    const { page } = pane;
    const plan = {
      planVersion: 1,
      organisation: { kind: "force", name: "Kent" },
      financialYear: "2026/27",
      publicOrder: { nationalPsuShare: 400, requiredAepTeams: 5, trained: { PSU: [9, 26, 150, 24], AEP: [2, 2, 8] } },
    };
    await page
      .getByLabel("Import a plan file (JSON)")
      .setInputFiles({ name: "kent.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
    await page.locator("#import-status").filter({ hasText: "ready to build" }).waitFor({ timeout: 10000 });
    await page.getByRole("button", { name: "Check against the SPR" }).click();
    const status = page.locator("#checks-status");
    await status.filter({ hasText: "warning" }).waitFor({ timeout: 10000 });
    expect(await status.textContent()).toBe(
      "3 warnings: the plan departs from the SPR here. You can still build; the Summary and Audit sheets list them.",
    );
    const items = await page.locator("#checks-list li").allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/^publicOrder\.nationalPsuShare: 400 PSUs is more than the 297 .*\(SPR 120a\)$/),
      expect.stringMatching(
        /^publicOrder\.nationalPsuShare: 400 PSUs is far from Kent's share by officer numbers, 11 .*\(SPR 120a; assumption CHECK_TOLERANCE\)$/,
      ),
      expect.stringMatching(
        /^publicOrder\.requiredAepTeams: 5 AEP teams is more than the 2 full teams each region must be able to deploy \(SPR 120c\)$/,
      ),
    ]);
    // nothing was written by checking
    const written = await page.evaluate(
      () => (window as unknown as { __sprWorkbook: { sheets: Map<string, unknown> } }).__sprWorkbook.sheets.size,
    );
    expect(written).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);

    // fixed, the same button says so
    const fixed = { ...plan, publicOrder: { ...plan.publicOrder, nationalPsuShare: 11, requiredAepTeams: 1 } };
    await page
      .getByLabel("Import a plan file (JSON)")
      .setInputFiles({ name: "kent-fixed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(fixed)) });
    await page.locator("#import-status").filter({ hasText: "kent-fixed.json" }).waitFor({ timeout: 10000 });
    await page.getByRole("button", { name: "Check against the SPR" }).click();
    await status.filter({ hasText: "No warnings" }).waitFor({ timeout: 10000 });
    expect(await page.locator("#checks-list").isHidden()).toBe(true);
  });

  it("made no request outside localhost, and raised no script error", () => {
    expect(offMachine(pane.requests)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
