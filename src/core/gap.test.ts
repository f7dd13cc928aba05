import { elementwise } from "./elementwise";
import { gap, rag } from "./gap";

describe("gap", () => {
  it("is required minus available", () => {
    expect(gap(12, 9)).toBe(3);
    expect(gap(8, 10)).toBe(-2);
    expect(Object.is(gap(5, 5), 0)).toBe(true);
  });
});

describe("rag", () => {
  it("is RED when short, AMBER under the margin, GREEN at or over it", () => {
    expect(rag(100, 95, 0.1)).toBe("RED");
    expect(rag(100, 100, 0.1)).toBe("AMBER");
    expect(rag(100, 109.99, 0.1)).toBe("AMBER");
    expect(rag(100, 110, 0.1)).toBe("GREEN");
    expect(rag(0, 0, 0.1)).toBe("GREEN");
  });
  it("rejects a negative margin", () => {
    expect(() => rag(1, 1, -0.1)).toThrow(/amber_margin/);
  });
});

describe("elementwise", () => {
  const col = (values: number[]) => ({ values, rows: values.length, cols: 1 });
  it("pairs cells and broadcasts a single value", () => {
    expect(elementwise("a", col([1, 2]), "b", col([3, 5]), (x, y) => x + y)).toEqual([[4], [7]]);
    expect(elementwise("a", col([1, 2]), "b", col([10]), (x, y) => x * y)).toEqual([[10], [20]]);
  });
  it("refuses ranges of different shapes, naming the second", () => {
    expect(() => elementwise("required", col([1, 2]), "available", col([1, 2, 3]), (x) => x)).toThrow(/^available: expected the same shape as required \(2×1\)/);
  });
});
