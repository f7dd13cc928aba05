import { postFte, productiveHours } from "./workforce";

describe("SPR.PRODUCTIVEHOURS and SPR.POSTFTE", () => {
  it("apply each argument, defaults for the omitted ones", () => {
    // (260.892857 − (30 + 8 + 5 + 6 + 3)) × 40/5 = 208.892857 × 8
    expect(productiveHours(40, 30, 8, 5, 6, 3)).toBeCloseTo(1671.142857, 5);
    // a 37.5-hour week with defaults: (260.892857 − 51) × 7.5
    expect(productiveHours(37.5)).toBeCloseTo(1574.196429, 5);
    expect(productiveHours(null, null, null, null, null, null)).toBeCloseTo(1679.142857, 5);
  });

  it("turns hours covered into FTE per post", () => {
    // a post covered 08:00–18:00 on weekdays: 10 h × 260.89 days = 2,608.93 h ÷ 1,679.14
    expect(postFte(2608.92857, 1679.142857)).toBeCloseTo(1.553727, 5);
    expect(postFte(8760, 1752)).toBe(5);
  });

  it("names the argument that is wrong", () => {
    expect(() => productiveHours(40, -1)).toThrow(/^leave_days: expected a number ≥ 0, got -1$/);
    expect(() => productiveHours("forty")).toThrow(/^weekly_hours: /);
    expect(() => postFte(8760, 0)).toThrow(/^productive_hours: expected a number > 0, got 0$/);
    expect(() => productiveHours(40, 300)).toThrow(/use up all/);
  });
});
