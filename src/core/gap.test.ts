import { elementwise } from "./elementwise";
import { gap, rag } from "./gap";

describe("gap", () => {
  it("is required minus available", () => {
    expect(gap(12, 9)).toBe(3);
    expect(gap(8, 10)).toBe(-2);
    expect(Object.is(gap(5, 5), 0)).toBe(true);
  });

  it("nets decimals exactly, as the Section 22 sheet nets grants off lines", () => {
    // worked by hand: £300,000 of grants over lines of £1.2m/£0.8m/£0.45m by ALLOCATE in pence is
    // 146,938.78 / 97,959.18 / 55,102.04, so the nets are 1,053,061.22 / 702,040.82 / 394,897.96
    expect(800000 - 97959.18).not.toBe(702040.82); // floating point: 702040.8200000001
    expect(gap(1200000, 146938.78)).toBe(1053061.22);
    expect(gap(800000, 97959.18)).toBe(702040.82);
    expect(gap(450000, 55102.04)).toBe(394897.96);
    expect(gap(0.3, 0.1)).toBe(0.2);
    expect(Object.is(gap(0.1, 0.1), 0)).toBe(true);
    expect(gap(-2.5, 0.25)).toBe(-2.75);
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
    expect(() => elementwise("required", col([1, 2]), "available", col([1, 2, 3]), (x) => x)).toThrow(
      /^available: expected the same shape as required \(2×1\)/,
    );
  });
});
