/** The demo workbook: deterministic sample data for `npm run demo`, the browser preview and tests. */
export { demoWorkbook, DEMO_REFERENCE_DAY, DEMO_SEED, DEMO_OFFER, DEMO_DEPARTMENTS, DEMO_ERRORS } from "./demoWorkbook";
export type { DemoOptions, DemoWorkbook } from "./demoWorkbook";
export { seededRandom } from "./prng";
export type { Random } from "./prng";
