import fc from "fast-check";
import { customPropertyBytes } from "./ownership";

describe("the ownership mark's bytes", () => {
  it("are UTF-16LE, low byte first, without Node's Buffer (so the pane writes them too)", () => {
    expect([...customPropertyBytes("owned")]).toEqual([0x6f, 0, 0x77, 0, 0x6e, 0, 0x65, 0, 0x64, 0]);
    expect([...customPropertyBytes("£€")]).toEqual([0xa3, 0x00, 0xac, 0x20]);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(Buffer.from(customPropertyBytes(s)).equals(Buffer.from(s, "utf16le"))).toBe(true);
      }),
    );
  });
});
