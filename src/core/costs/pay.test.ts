import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { PAY_AWARDS, PAY_SCALES } from "./pay-data";
import { PAY_TABLE_DATE, RANKS, awardStep, bringForward, payPoint, payTable } from "./pay";

/** One CSV line's fields (a field in double quotes may hold commas and "" for a quote). */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== "") {
    out.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
    if (m[3] === "") break;
  }
  return out;
}

describe("the pay table as found", () => {
  it("matches the CSV shipped in data/", () => {
    const lines = fs.readFileSync(path.join(__dirname, "../../../data/pay-scales.csv"), "utf8").trim().split("\n");
    expect(lines[0]).toBe("rank,point,salary,effective_from,basis,source");
    const rows = lines.slice(1).map((l) => {
      const [rank, point, salary, effectiveFrom, basis, source] = fields(l);
      return { rank, point: point === "" ? null : Number(point), salary: Number(salary), effectiveFrom, basis, source };
    });
    expect(rows).toEqual(PAY_SCALES);
  });

  it("is dated no later than the award in force, and the awards run oldest first", () => {
    expect(PAY_TABLE_DATE).toBe("2025-09-01");
    expect(PAY_AWARDS.map((a) => a.from)).toEqual([...PAY_AWARDS.map((a) => a.from)].sort());
    for (const p of PAY_SCALES) expect(p.effectiveFrom <= PAY_TABLE_DATE).toBe(true);
  });
});

describe("bringing a figure forward by the awards", () => {
  it("rounds each award to the nearest £3, as every published pair shows", () => {
    // Police Federation, inspector pay scales: 1 September 2022 → 1 September 2023 (7%)
    expect(awardStep(54600, 0.07)).toBe(58422); // 58,422.00
    expect(awardStep(56088, 0.07)).toBe(60015); // 60,014.16 → 60,015
    expect(awardStep(57573, 0.07)).toBe(61602); // 61,603.11 → 61,602
    expect(awardStep(59064, 0.07)).toBe(63198); // 63,198.48 → 63,198
    expect(awardStep(60234, 0.07)).toBe(64449); // 64,450.38 → 64,449
    expect(awardStep(61404, 0.07)).toBe(65703); // 65,702.28 → 65,703
    expect(awardStep(62634, 0.07)).toBe(67017); // 67,018.38 → 67,017
    // Home Office Circular 001/2019, Annex F: constables 1 September 2017 → 1 September 2018 (2%)
    const pairs2018 = [
      [19971, 20370], // 20,370.42
      [23124, 23586], // 23,586.48
      [24171, 24654], // 24,654.42
      [25224, 25728], // 25,728.48
      [26277, 26802], // 26,802.54
      [28380, 28947], // 28,947.60
      [32616, 33267], // 33,268.32
      [38382, 39150], // 39,149.64
    ];
    for (const [was, is] of pairs2018) expect(awardStep(was, 0.02)).toBe(is);
  });

  it("brings the published 2023 figures to the 2025 figures the Home Office quotes", () => {
    // 58,422 × 1.0475 = 61,197.05 → 61,197; × 1.042 = 63,767.27 → 63,768
    expect(bringForward(58422, "2023-09-01").salary).toBe(63768);
    // 63,198 × 1.0475 = 66,199.91 → 66,201; × 1.042 = 68,981.44 → 68,982
    expect(bringForward(63198, "2023-09-01").salary).toBe(68982);
    // 64,449 × 1.0475 = 67,510.33 → 67,509; × 1.042 = 70,344.38 → 70,344
    expect(bringForward(64449, "2023-09-01").salary).toBe(70344);
    // 67,017 × 1.0475 = 70,200.31 → 70,200; × 1.042 = 73,148.40 → 73,149
    expect(bringForward(67017, "2023-09-01").salary).toBe(73149);
    // constables' point 1: 28,551 × 1.0475 = 29,907.17 → 29,907; × 1.042 = 31,163.09 → 31,164
    expect(bringForward(28551, "2023-09-01")).toEqual({
      salary: 31164,
      working: ["× 1.0475 from 1 September 2024 → £29,907", "× 1.042 from 1 September 2025 → £31,164"],
    });
    // the table agrees with itself: every published row brought forward equals the quoted row of the same point
    for (const old of PAY_SCALES.filter((p) => p.effectiveFrom < PAY_TABLE_DATE)) {
      const now = PAY_SCALES.find((p) => p.rank === old.rank && p.point === old.point && p.effectiveFrom === PAY_TABLE_DATE);
      if (now) expect([old.rank, old.point, bringForward(old.salary, old.effectiveFrom).salary]).toEqual([now.rank, now.point, now.salary]);
    }
    // a figure of the award in force is not moved
    expect(bringForward(50256, "2025-09-01")).toEqual({ salary: 50256, working: [] });
  });

  it("lands on a whole £3 within £1.50 of the exact award, and never reorders two figures (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 2000 }),
        (a, b, bp) => {
          const rate = bp / 10_000;
          const x = awardStep(a, rate);
          expect(x % 3).toBe(0);
          // |x − a(1 + rate)| ≤ 1.5, in whole ten-thousandths of a pound
          expect(Math.abs(x * 10_000 - a * (10_000 + bp))).toBeLessThanOrEqual(15_000);
          if (a <= b) expect(x).toBeLessThanOrEqual(awardStep(b, rate));
        },
      ),
    );
  });
});

describe("SPR.PAY's figures, all at the award in force", () => {
  it("gives the top of each rank's scale by default", () => {
    expect(payPoint("constable").salary).toBe(50256);
    expect(payPoint("sergeant").salary).toBe(56208);
    expect(payPoint("inspector").salary).toBe(68982);
    expect(payPoint("chief inspector").salary).toBe(73149);
    expect(payPoint("superintendent").salary).toBe(99015);
    expect(payPoint("chief superintendent").salary).toBe(115785);
  });

  it("gives a point as quoted, or brought forward from its published figure and labelled derived", () => {
    expect(payPoint("constable", 1)).toMatchObject({ salary: 31164, basis: "quoted" });
    expect(payPoint("sergeant", 2)).toMatchObject({ salary: 53568, basis: "quoted" });
    expect(payPoint("inspector", 0)).toMatchObject({ salary: 63768, basis: "quoted" });
    // 60,015 × 1.0475 = 62,865.71 → 62,865; × 1.042 = 65,505.33 → 65,505
    expect(payPoint("inspector", 1)).toMatchObject({ salary: 65505, basis: "derived" });
    // 61,602 × 1.0475 = 64,528.10 → 64,527; × 1.042 = 67,237.13 → 67,236
    expect(payPoint("inspector", 2)).toMatchObject({ salary: 67236, basis: "derived" });
    // 65,703 × 1.0475 = 68,823.89 → 68,823; × 1.042 = 71,713.57 → 71,715
    const ci2 = payPoint("chief inspector", 2);
    expect(ci2).toMatchObject({ salary: 71715, basis: "derived" });
    expect(ci2.source).toMatch(/^Derived, not published: £65,703 from 1 September 2023 \(published: Police Federation/);
    expect(ci2.source).toContain(
      "× 1.0475 from 1 September 2024 → £68,823 × 1.042 from 1 September 2025 → £71,715, each year to the nearest £3",
    );
  });

  it("refuses a point it does not hold, saying where it is published and that the force's figure can be used", () => {
    expect(() => payPoint("constable", 4)).toThrow(
      /^point: constable pay point 4 could not be read from a public source, so it is not shipped \(points held: 1, 7\); Annex F to the Police Regulations 2003 .* enter your force's figure$/,
    );
    expect(() => payPoint("sergeant", 3)).toThrow(/\(points held: 2, 4\)/);
    expect(() => payPoint("superintendent", 1)).toThrow(
      /^point: the superintendent pay point numbers could not be confirmed .* leave point out for the top, or enter your force's figure$/,
    );
    for (const [rank, point] of [
      ["constable", 4],
      ["superintendent", 1],
    ] as const) {
      try {
        payPoint(rank, point);
      } catch (e) {
        expect((e as Error).message.length).toBeLessThanOrEqual(250); // a cell shows at most 250 characters
      }
    }
  });
});

describe("SPR.PAYSCALES", () => {
  it("shows every rank at one date, each row's basis and source", () => {
    const [header, ...rows] = payTable();
    expect(header).toEqual(["Rank", "Pay point", "Basic pay (£ a year)", "Effective from", "Basis", "Source"]);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(RANKS));
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(["2025-09-01"]));
    expect(rows.find((r) => r[0] === "inspector" && r[1] === 1)).toEqual([
      "inspector",
      1,
      65505,
      "2025-09-01",
      "derived",
      expect.stringMatching(/^Derived, not published: £60,015 from 1 September 2023/),
    ]);
    // the superintending ranks: bottom and top of the scale, the point left blank (not a silent 0)
    expect(rows.filter((r) => r[0] === "superintendent").map((r) => [r[1], r[2], r[4]])).toEqual([
      ["", 84177, "quoted"],
      ["", 99015, "quoted"],
    ]);
    expect(rows.map((r) => r[4]).every((b) => b === "published" || b === "quoted" || b === "derived")).toBe(true);
  });
});
