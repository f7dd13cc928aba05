// Unit and integration tests. ts-jest compiles with the CommonJS tsconfig in transpile-only mode (type checking is
// `tsc --noEmit`, run first by `npm test`).
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts"],
  // office-addin-mock imports office-addin-manifest only for an enum; its ES-module dependency breaks Jest on Node 20.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  testTimeout: 60000,
};
