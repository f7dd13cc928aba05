import fc from "fast-check";
import { getPath, parsePath, pathText, planFromDraft, readNumber, removeAt, setPath } from "./draft";

describe("the draft plan", () => {
  it("reads and writes by the validator's paths", () => {
    expect(parsePath("publicOrder.events[3].end")).toEqual(["publicOrder", "events", 3, "end"]);
    expect(pathText(["publicOrder", "trained", "PSU", 2])).toBe("publicOrder.trained.PSU[2]");
    const d: Record<string, unknown> = {};
    setPath(d, ["publicOrder", "trained", "PSU", 2], 150);
    expect(d).toEqual({ publicOrder: { trained: { PSU: [undefined, undefined, 150] } } });
    setPath(d, ["publicOrder", "trained", "PSU", 2], undefined);
    expect(getPath(d, ["publicOrder", "trained", "PSU"])).toEqual([undefined, undefined, null]);
    setPath(d, ["publicOrder", "policy"], "max");
    setPath(d, ["publicOrder", "policy"], undefined);
    expect(getPath(d, ["publicOrder"])).not.toHaveProperty("policy");
  });

  it("paths round-trip", () => {
    const part = fc.oneof(fc.nat(50), fc.stringMatching(/^[A-Za-z$][A-Za-z0-9_]{0,8}$/));
    fc.assert(
      fc.property(fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.array(part, { maxLength: 5 })), ([head, rest]) => {
        const parts = [head, ...rest];
        expect(parsePath(pathText(parts))).toEqual(parts);
      }),
    );
  });

  it("removes a row and closes the gap", () => {
    const d = { events: [{ name: "a" }, { name: "b" }, { name: "c" }] };
    removeAt(d, ["events"], 1);
    expect(d.events).toEqual([{ name: "a" }, { name: "c" }]);
  });

  it("reads numbers as planners type them, and refuses others in plain words", () => {
    expect(readNumber("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber(" 12 ")).toEqual({ ok: true, value: 12 });
    expect(readNumber("£2,000")).toEqual({ ok: true, value: 2000 });
    expect(readNumber("")).toEqual({ ok: true, value: undefined });
    expect(readNumber("25%", { fraction: true })).toEqual({ ok: true, value: 0.25 });
    expect(readNumber("25%")).toEqual({ ok: false, message: "Enter a number, for example 12 or 2.5." });
    expect(readNumber("2.5", { integer: true })).toEqual({ ok: false, message: "Enter a whole number, for example 12." });
    expect(readNumber("about two hours")).toEqual({ ok: false, message: "Enter a number, for example 12 or 2.5." });
    expect(readNumber("-3")).toEqual({ ok: true, value: -3 }); // the validator says whether a negative is allowed
  });

  it("leaves blank text out of the plan", () => {
    expect(planFromDraft({ planVersion: 1, preparedBy: "", organisation: { kind: "force", name: "Kent" } })).toEqual({
      planVersion: 1,
      organisation: { kind: "force", name: "Kent" },
    });
  });
});
