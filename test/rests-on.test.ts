// The task pane's Explain cites what each function rests on from scripts/rests-on.js (read into the bundle by
// webpack). It must say exactly what the function metadata Excel shows says.
import { generatedMetadata } from "./helpers/registry";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { restsOn } = require("../scripts/rests-on");

describe("what each function rests on", () => {
  it("is the 'Rests on:' line of every function's description in the generated metadata", async () => {
    const { metadata } = await generatedMetadata();
    const map: Record<string, string> = restsOn();
    expect(Object.keys(map).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const f of metadata.functions) {
      const line = /Rests on:\s*(.+)/.exec(f.description ?? "")?.[1];
      expect([f.id, map[f.id]]).toEqual([f.id, line?.trim()]);
    }
  });
});
