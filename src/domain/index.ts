/**
 * The domain's public entry point. The workbook layer, the custom functions, the task pane and the
 * command line import from here only; nothing reaches inside src/domain otherwise.
 */
export * from "./schema";
export type * from "./types";
export * from "./dates";
// Goal fulfilment, results, overdue goals, GAS and roll-ups (domain-compute).
export { scaleLookup, normaliseLabel, type ScaleLookup } from "./fulfilment/scale";
export { progressValue, clamp01 } from "./fulfilment/progress";
export { followUpValue } from "./fulfilment/followUpValue";
export { categoryOf, CATEGORY_TOLERANCE, type Category } from "./fulfilment/category";
export { gasTScore, DEFAULT_GAS_RHO } from "./gas";
export { methodOf, targetGroupOf, departmentOf } from "./results/attribution";
export { indexWorkbook, type EngineIndex } from "./results/engineIndex";
export { resultUnits } from "./results/units";
export { goalResult, citizenFulfilment } from "./results/goalResult";
export { goalDueDate, goalSummary, overdueGoals, isActiveGoal, type GoalSummary, type OverdueGoal } from "./results/overdue";
export { groupFigures, type GroupOptions } from "./rollup/groupFigures";
export { byMethod, byTargetGroup, byDepartment, total, targetGroupByMethod } from "./rollup/dimensions";
export { compareDanish } from "./rollup/collate";
export { effectiveMinCount } from "./evaluation/minCount";
// Regional export (domain-compute).
export { regionalExportRows, EXPORT_SCHEMA_VERSION } from "./export/regionalRows";
export { exportToCsv, exportToJson, neutraliseText, plainNumber } from "./export/serialise";
