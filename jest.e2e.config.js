/**
 * jest for the browser tests (`npm run test:e2e`): the built preview in Debian's Chromium through
 * playwright-core. Kept apart from jest.config.js so `npm test` needs nothing but Node.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  testTimeout: 180_000,
  maxWorkers: 1,
};
