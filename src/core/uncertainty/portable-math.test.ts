import * as fs from "fs";
import * as path from "path";
import { normalCdf, normalDeviate, normalInverse, pexp, plog } from "./portable-math";

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("log and exp from exact arithmetic", () => {
  it("agrees with the engine's own log and exp to a few units in the last place", () => {
    // a deterministic sweep over 1e-300 … 1e300 and -700 … 700
    for (let i = 0; i <= 6000; i++) {
      const x = 10 ** (-300 + i / 10);
      expect(relative(plog(x), Math.log(x)) < 1e-15 || Math.abs(plog(x) - Math.log(x)) < 1e-15).toBe(true);
      const y = -700 + (1400 * i) / 6000;
      expect(relative(pexp(y), Math.exp(y))).toBeLessThan(1e-15);
    }
  });

  it("is exact where the answer is exact, and right at the edges", () => {
    expect(plog(1)).toBe(0);
    expect(pexp(0)).toBe(1);
    expect(plog(0)).toBe(-Infinity);
    expect(plog(-1)).toBeNaN();
    expect(plog(Infinity)).toBe(Infinity);
    expect(pexp(800)).toBe(Infinity);
    expect(pexp(-800)).toBe(0);
    expect(plog(5e-324)).toBeCloseTo(-744.4400719213812, 10); // the smallest subnormal, 2^-1074: −1074 × ln 2
    expect(plog(2 ** 20)).toBeCloseTo(20 * Math.LN2, 13);
  });
});

describe("the normal distribution", () => {
  it("gives Φ at published values (to about 10^-15 relative)", () => {
    // Φ(−1), Φ(−2), Φ(−3), Φ(−5), Φ(−10) to 16 figures (Abramowitz and Stegun, Table 26.1; R's pnorm)
    const table: [number, number][] = [
      [-1, 0.15865525393145705],
      [-2, 0.02275013194817921],
      [-3, 0.0013498980316300946],
      [-5, 2.866515718791939e-7],
      [-10, 7.619853024160527e-24],
    ];
    for (const [x, p] of table) {
      expect(relative(normalCdf(x), p)).toBeLessThan(2e-15);
      expect(relative(normalCdf(-x), 1 - p)).toBeLessThan(2e-15);
    }
    expect(normalCdf(0)).toBe(0.5);
  });

  it("inverts Φ: the familiar quantiles and a round trip everywhere", () => {
    expect(normalInverse(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalInverse(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalInverse(0.99)).toBeCloseTo(2.3263478740408408, 14);
    expect(normalInverse(0.5)).toBe(0);
    expect(normalInverse(1 - 0.975)).toBe(-normalInverse(0.975)); // 1 − 0.975 is 0.025000000000000022, not 0.025
    for (let i = 1; i < 2000; i++) {
      const p = i / 2000;
      expect(Math.abs(normalCdf(normalInverse(p)) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-14);
      expect(Math.abs(normalDeviate(p) - normalInverse(p))).toBeLessThan(2e-8 * Math.max(1, Math.abs(normalInverse(p))));
    }
    expect(normalInverse(1e-300)).toBeCloseTo(-37.0471, 3);
  });
});

describe("the uncertainty engine", () => {
  it("never calls a function whose last bit varies between JavaScript engines (Math.log, exp, pow, random…)", () => {
    const dir = __dirname;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      // code only: comments and string literals removed
      const code = fs
        .readFileSync(path.join(dir, f), "utf8")
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      expect({
        file: f,
        uses: code.match(/Math\.(log|log1p|log2|log10|exp|expm1|pow|sin|cos|tan|atan|atan2|sinh|cosh|tanh|cbrt|hypot|random)\b|\*\*/g),
      }).toEqual({ file: f, uses: null });
    }
  });
});
