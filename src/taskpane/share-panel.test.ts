import fc from "fast-check";
import { base64Of, sharedFileName } from "./share-panel";

describe("the copy to share", () => {
  it("is named as npm run demo names it beside its plan, or by force and year when the plan has no file", () => {
    expect(sharedFileName("avon-and-somerset-2026-27.json", "Avon & Somerset", "2026/27")).toBe("avon-and-somerset-2026-27-shared.xlsx");
    expect(sharedFileName("Plan.JSON", "Kent", "2026/27")).toBe("Plan-shared.xlsx");
    expect(sharedFileName("task pane", "Avon & Somerset", "2026/27")).toBe("avon-and-somerset-2026-27-shared.xlsx");
    expect(sharedFileName("this workbook", "South West ROCU", "2027/28")).toBe("south-west-rocu-2027-28-shared.xlsx");
  });

  it("is handed to Excel.createWorkbook as base64: RFC 4648 by hand, and Node's encoder across the block boundary", () => {
    // "Man" → TWFu, "Ma" → TWE=, "M" → TQ== (RFC 4648 §9's example)
    expect(base64Of(new TextEncoder().encode("Man"))).toBe("TWFu");
    expect(base64Of(new TextEncoder().encode("Ma"))).toBe("TWE=");
    expect(base64Of(new TextEncoder().encode("M"))).toBe("TQ==");
    expect(base64Of(new Uint8Array([0xff, 0xfe, 0x00]))).toBe("//4A");
    expect(base64Of(new Uint8Array(0))).toBe("");
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0x8000 - 3, maxLength: 0x8000 * 2 + 3 }), (bytes) => {
        expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 20 },
    );
  });
});
