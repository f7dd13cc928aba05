import { erlangB, erlangC, serversFor } from "./queueing";

describe("SPR.ERLANGB, SPR.ERLANGC, SPR.SERVERSFOR", () => {
  it("read their arguments and answer", () => {
    // A = 2, c = 3: B = 4/19, C = 4/9 (hand computation in src/core/queueing/erlang.test.ts)
    expect(erlangB(2, 3)).toBeCloseTo(4 / 19, 15);
    expect(erlangC(2, 3)).toBeCloseTo(4 / 9, 14);
    expect(erlangC(3, 3)).toBe(1);
    expect(serversFor(2, 0.5)).toBe(3);
    expect(erlangB([[2]], [[3]])).toBeCloseTo(4 / 19, 15);
  });

  it("name the argument that is wrong", () => {
    expect(() => erlangB(-1, 3)).toThrow(/^traffic: expected a number ≥ 0 and ≤ 1000000000, got -1$/);
    expect(() => erlangB("two", 3)).toThrow(/^traffic: expected a number/);
    expect(() => erlangC(2, null)).toThrow(/^servers: is required: expected a whole number ≥ 0$/);
    expect(() => erlangC(2, 2.5)).toThrow(/^servers: expected a whole number ≥ 0, got 2.5$/);
    expect(() => serversFor(2, 0)).toThrow(/^max_wait_prob: expected a number > 0 and < 1, got 0$/);
    expect(() => serversFor(2, 1.5)).toThrow(/^max_wait_prob: expected a number > 0 and < 1, got 1.5$/);
    expect(() => serversFor(Number.POSITIVE_INFINITY, 0.1)).toThrow(/^traffic: /);
  });
});
