// ESLint flat config: typescript-eslint's recommended rules, the Office.js batching rules of
// eslint-plugin-office-addins, and the React hooks rules. Formatting is prettier's job (npm run format).
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The plugin's own "recommended" preset also registers an older @typescript-eslint plugin and
// prettier-as-a-lint-rule; take just its office-addins/* rules, at the severities it recommends.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
};

export default defineConfig(
  { ignores: ["dist/", "dist-preview/", "coverage/", "node_modules/", "test-artifacts/", "demo/", ".tmp/"] },
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js batching rules where Office.js can run. They recognise Office objects by call shape
    // (getX() then .prop), so they misfire on ExcelJS code in Node and on the pure domain.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/domain/**", "src/workbook/xlsx/**", "src/cli/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // CommonJS config files (webpack.config.js, jest.config.js, test stubs).
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
