/** jest: ts-jest in a node environment; React tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(?:.*/node_modules/)?(?:strip-bom|uuid)/)"],
  moduleNameMapper: {
    "\\.(css|png)$": "<rootDir>/test/support/fileStub.js",
    // The chart library needs d3's ES modules and real SVG layout; jsdom tests get a double that says
    // what it was given. The browser tests (test/e2e) draw and axe-check the real charts.
    "^@fluentui/react-charts$": "<rootDir>/test/support/reactChartsDouble.tsx",
  },
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary"],
};
