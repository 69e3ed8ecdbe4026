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
  moduleNameMapper: { "\\.(css|png)$": "<rootDir>/test/support/fileStub.js" },
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary"],
};
