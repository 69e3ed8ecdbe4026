/** Report sheet builders: pure functions from the domain model to sheet content for the port. */
export { evaluationSheet } from "./evaluationSheet";
export type { EvaluationSheetOptions } from "./evaluationSheet";
export { basisSheet, BASIS_HEADERS } from "./basisSheet";
export { regionalSheet, EXPORT_COLUMN_HELP } from "./regionalSheet";
export type { RegionalSheetOptions } from "./regionalSheet";
export { mergeActionPlan, planFromTable, ACTION_PLAN_FIELDS } from "./actionPlan";
export type { MergedPlan, PlanTable } from "./actionPlan";
export { FIGURE_HEADERS } from "./figureTables";
export { formatCount, formatDecimal, formatPercent, countNoun, madeAtText } from "./danishText";
export { incidentsSheet, learningPeriod } from "./incidentsSheet";
export type { IncidentsSheetOptions } from "./incidentsSheet";
