import fc from "fast-check";
import { assumptionValue } from "../assumptions/registry";
import { DeploymentRow, EmployRates, deploymentCostPence, employCostPence, gapCostPence, mutualAidPence, staffCostPence } from "./employ";

const RATES_2025: EmployRates = { pension: 0.353, ni: 0.15, niThreshold: 5000, levy: 0.005 };

describe("the employer cost of an officer", () => {
  it("adds pension, NI above the threshold and the levy, to the penny (published 2025/26 rates)", () => {
    // 48,231 + 0.353 × 48,231 (17,025.543) + 0.15 × (48,231 − 5,000) (6,484.65) + 0.005 × 48,231 (241.155) = 71,982.348
    expect(employCostPence(48231, RATES_2025)).toBe(7_198_235n);
    // 63,198 + 22,308.894 + 0.15 × 58,198 (8,729.70) + 315.99 = 94,552.584
    expect(employCostPence(63198, RATES_2025)).toBe(9_455_258n);
    // 2024/25 NI: 13.8% above £9,100. 30,000 + 10,590 + 0.138 × 20,900 (2,884.20) + 150 = 43,624.20
    expect(employCostPence(30000, { ...RATES_2025, ni: 0.138, niThreshold: 9100 })).toBe(4_362_420n);
  });

  it("charges no NI below the threshold and rounds halves away from zero", () => {
    // 4,000 + 1,412 + 0 + 20 = 5,432.00
    expect(employCostPence(4000, RATES_2025)).toBe(543_200n);
    // 0.01 + 0.00353 + 0 + 0.00005 = 0.01358 → 1p; 0.03 × 1.5 = 0.045 → 5p (away from zero)
    expect(employCostPence(0.01, RATES_2025)).toBe(1n);
    expect(employCostPence(0.03, { pension: 0.5, ni: 0, niThreshold: 0, levy: 0 })).toBe(5n);
  });

  it("defaults to the registry's sourced assumptions", () => {
    expect(assumptionValue("EMPLOYER_PENSION_RATE")).toBe(0.353);
    expect(assumptionValue("EMPLOYER_NI_RATE")).toBe(0.15);
    expect(assumptionValue("NI_SECONDARY_THRESHOLD")).toBe(5000);
    expect(assumptionValue("APPRENTICESHIP_LEVY_RATE")).toBe(0.005);
  });

  it("refuses a cost past the exact limit rather than round it", () => {
    expect(() => employCostPence(9e12, RATES_2025)).toThrow(/^salary: expected at most 9,999,999,999,999.99/);
  });

  it("grows with salary and with every rate (property)", () => {
    const rate = fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        rate,
        rate,
        rate,
        fc.integer({ min: 0, max: 50_000 }),
        (pence, more, p, n, l, t) => {
          const s = pence / 100;
          const r = { pension: p, ni: n, niThreshold: t, levy: l };
          const base = employCostPence(s, r);
          expect(employCostPence(s + more / 100, r)).toBeGreaterThanOrEqual(base);
          expect(employCostPence(s, { ...r, pension: Math.min(1, p + 0.01) })).toBeGreaterThanOrEqual(base);
          expect(employCostPence(s, { ...r, ni: Math.min(1, n + 0.01) })).toBeGreaterThanOrEqual(base);
          expect(employCostPence(s, { ...r, niThreshold: t + 100 })).toBeLessThanOrEqual(base);
          expect(base).toBeGreaterThanOrEqual(BigInt(pence));
        },
      ),
    );
  });
});

describe("the cost of officers, units and gaps", () => {
  it("prices FTE exactly and rounds once", () => {
    // 12.5 × 71,982.35 = 899,779.375 → 899,779.38
    expect(staffCostPence([12.5], [7_198_235n])).toBe(89_977_938n);
    // 10 × 71,982.35 + 2 × 94,552.58 = 719,823.50 + 189,105.16 = 908,928.66
    expect(staffCostPence([10, 2], [7_198_235n, 9_455_258n])).toBe(90_892_866n);
  });

  it("is monotone in officers (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 20_000_000 })), { minLength: 1, maxLength: 20 }),
        fc.nat({ max: 19 }),
        (groups, k) => {
          const o = groups.map((g) => g[0] / 10);
          const c = groups.map((g) => BigInt(g[1]));
          const more = o.map((x, i) => (i === k % o.length ? x + 0.5 : x));
          expect(staffCostPence(more, c)).toBeGreaterThanOrEqual(staffCostPence(o, c));
        },
      ),
    );
  });

  it("closes a gap: one-off recruitment, course and days on it; recurring employment", () => {
    // 3 AFOs at £70,000: 3 × (2,000 + 5,000 + 35 × 70,000 ÷ 261) = 3 × 16,386.9732 = 49,160.9195… → 49,160.92
    expect(
      gapCostPence({
        officersEach: 1,
        shortfall: 3,
        employCost: 70000,
        courseCost: 5000,
        courseDays: 35,
        recruitmentCost: 2000,
        workingDays: 261,
      }),
    ).toEqual({ oneOff: 4_916_092n, recurring: 21_000_000n });
    // 17 PSU officers trained from within: 17 × (1,000 + 5 × 71,982.35 ÷ 261) = 40,442.5287… → 40,442.53; 17 × 71,982.35
    expect(
      gapCostPence({
        officersEach: 1,
        shortfall: 17,
        employCost: 71982.35,
        courseCost: 1000,
        courseDays: 5,
        recruitmentCost: 0,
        workingDays: 261,
      }),
    ).toEqual({ oneOff: 4_044_253n, recurring: 122_369_995n });
    // a gap of 2 PSUs of 25 officers is 50 officers; a surplus costs nothing
    expect(
      gapCostPence({
        shortfall: 2,
        officersEach: 25,
        employCost: 100,
        courseCost: 0,
        courseDays: 0,
        recruitmentCost: 10,
        workingDays: 261,
      }),
    ).toEqual({ oneOff: 50_000n, recurring: 500_000n });
    expect(
      gapCostPence({
        shortfall: -4,
        officersEach: 1,
        employCost: 70000,
        courseCost: 5000,
        courseDays: 35,
        recruitmentCost: 2000,
        workingDays: 261,
      }),
    ).toEqual({ oneOff: 0n, recurring: 0n });
    expect(
      gapCostPence({
        officersEach: 1,
        shortfall: 0,
        employCost: 70000,
        courseCost: 5000,
        courseDays: 35,
        recruitmentCost: 2000,
        workingDays: 261,
      }),
    ).toEqual({ oneOff: 0n, recurring: 0n });
  });
});

describe("event policing and mutual aid", () => {
  const rows: DeploymentRow[] = [
    { officers: 2, hours: 8, rate: 30, duty: "normal" },
    { officers: 10, hours: 8, rate: 25, duty: "overtime" },
  ];

  it("applies the Police Regulations multipliers exactly (time and a third is 4/3)", () => {
    // 2 × 8 × 30 = 480; 10 × 8 × 25 × 4/3 = 2,666.666… ; 3,146.666… → 3,146.67
    expect(deploymentCostPence(rows)).toBe(314_667n);
    // 3 × 1 × 1 × 4/3 = 4.00 exactly: no drift from 1.3333
    expect(deploymentCostPence([{ officers: 3, hours: 1, rate: 1, duty: "overtime" }])).toBe(400n);
    expect(deploymentCostPence([{ officers: 20, hours: 10, rate: 24, duty: "public holiday" }])).toBe(960_000n);
    expect(deploymentCostPence([{ officers: 10, hours: 8, rate: 25, duty: "rest day" }])).toBe(300_000n);
  });

  it("charges mutual aid in full when planned and the additional hours only when spontaneous", () => {
    expect(mutualAidPence(rows, "planned", 1200)).toBe(434_667n);
    const emergency: DeploymentRow[] = [rows[0], { ...rows[1], duty: "rest day" }];
    // 10 × 8 × 25 × 1.5 = 3,000 + 120.50
    expect(mutualAidPence(emergency, "spontaneous", 120.5)).toBe(312_050n);
    expect(() => mutualAidPence(rows, "planned", 0.005)).toThrow(/^expenses: expected a whole multiple of unit 0.01/);
  });
});
