import { defaultProductiveHoursInputs, postFte, productiveHours, workingDaysPerYear } from "./productive-hours";

describe("productive hours", () => {
  it("counts 260.89 working days in a year of two rest days a week", () => {
    // 365.25 × 5 / 7 = 260.892857…
    expect(workingDaysPerYear()).toBeCloseTo(260.892857, 5);
  });

  it("gives 1,679.14 hours with the registry's defaults (40 h week; 25 + 8 + 10 + 8 + 0 days away)", () => {
    // (260.892857 − 51) × 8 = 1,679.142857
    expect(productiveHours(defaultProductiveHoursInputs())).toBeCloseTo(1679.142857, 5);
  });

  it("gives the full 2,087.14 hours with no days away", () => {
    const none = { weeklyHours: 40, leaveDays: 0, bankHolidays: 0, trainingDays: 0, sicknessDays: 0, otherDays: 0 };
    // 52.178… weeks × 40 h
    expect(productiveHours(none)).toBeCloseTo((365.25 / 7) * 40, 9);
  });

  it("refuses a year with no working days left", () => {
    expect(() =>
      productiveHours({ weeklyHours: 40, leaveDays: 200, bankHolidays: 8, trainingDays: 60, sicknessDays: 0, otherDays: 0 }),
    ).toThrow(/use up all/);
  });

  it("needs 5.2 officers to keep a 24/7 post filled at the default productive hours", () => {
    // 8,760 ÷ 1,679.142857 = 5.21695
    expect(postFte(8760, 1679.142857142857)).toBeCloseTo(5.21695, 4);
    expect(() => postFte(8760, 0)).toThrow(/productive_hours/);
  });
});
