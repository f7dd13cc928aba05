// ALLOCATE: exact largest remainder (BigInt over typed decimals) against a plain floating-point largest remainder
// with the same tie-break, the straightforward implementation a spreadsheet user would write.
const { allocate } = require("../lib/core/allocate");
const { FORCES } = require("../lib/core/forces/forces-data");
const { floatLargestRemainder } = require("./float-largest-remainder");

const fte = FORCES.map((f) => f.officerFte);

module.exports = {
  name: "ALLOCATE",
  cases: [
    {
      name: "297 PSUs over 43 forces by officer FTE",
      run: () => allocate(297, fte),
      baseline: () => floatLargestRemainder(297, fte),
      baselineName: "float largest remainder",
    },
    {
      name: "£48,123,456.78 over 43 forces to the penny",
      run: () => allocate(48123456.78, fte, 0.01),
      baseline: () => floatLargestRemainder(4812345678, fte),
      baselineName: "float largest remainder",
    },
  ],
};
