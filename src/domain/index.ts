/**
 * The domain's public entry point. The workbook layer, the custom functions, the task pane and the
 * command line import from here only; nothing reaches inside src/domain otherwise.
 */
export * from "./schema";
export type * from "./types";
export * from "./dates";
export { readTypedDate, fullYear, TWO_DIGIT_YEAR_AHEAD, type TypedDate } from "./typedDate";
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
export {
  goalDueDate,
  goalSummary,
  overdueGoals,
  isActiveGoal,
  type GoalSummary,
  type OverdueGoal,
} from "./results/overdue";
export { goalDueState, needsAction, compareDueStates, type DueKind, type DueState } from "./results/dueState";
export { groupFigures, type GroupOptions } from "./rollup/groupFigures";
export { byMethod, byTargetGroup, byDepartment, total, targetGroupByMethod } from "./rollup/dimensions";
export { compareDanish } from "./rollup/collate";
export { effectiveMinCount } from "./evaluation/minCount";
// Regional export (domain-compute).
export { regionalExportRows, EXPORT_SCHEMA_VERSION } from "./export/regionalRows";
export { exportNumber, exportToCsv, exportToJson, neutraliseText, plainNumber } from "./export/serialise";
export { exportSettingsProblem } from "./export/exportSettings";
export { assertNoCprInExport, ExportRefusedError } from "./export/cprGuard";
// Reading cells and the workbook, CPR detection, the SMORTE check (domain-read).
export {
  CellProblem,
  isProblem,
  isExcelError,
  isEmptyCell,
  readText,
  readId,
  readNumber,
  readNumberInRange,
  readInteger,
  readChoice,
  readDate,
  readTime,
  readCell,
  parseNumberText,
  formatNumber,
  type CellProblemCode,
  type CellRead,
} from "./cells";
export { formatTime, parseTimeText, minuteOfFraction, timeSerial, type MinuteOfDay } from "./times";
export { looksLikeCpr, containsCpr, isCprDate, holdsCpr, fieldsWithCpr, CPR_IN_LABEL } from "./cpr";
export { locationText, findingAt, hasErrors } from "./findings";
export { readWorkbook } from "./reader/readWorkbook";
export { DEFAULT_SETTINGS } from "./reader/settings";
export {
  checkGoal,
  checkWorkbook,
  goalCheckInput,
  isGoalComplete,
  isSmorteComplete,
  letterStatus,
  type CheckOptions,
  SMORTE_LETTERS,
  SMORTE_NAMES,
  type GoalCheckInput,
  type GoalFinding,
} from "./smorte";
export {
  VAGUE_WORDS,
  AVOID_PHRASES,
  MEASURABLE_CUES,
  WHEN_CUES,
  EMPTY_WORDS,
  PROCESS_PHRASES,
  ABSTRACT_WORDS,
} from "./smorteWords";
// Socialtilsynet's quality model 2025 and its binary rule (domain-read).
export {
  QUALITY_MODEL_2025,
  QUALITY_MODEL_YEAR,
  RESULT_DOCUMENTATION_MARKER_ID,
  INCIDENTS_MARKER_ID,
  qualityCriteria,
  qualityMarkers,
  qualityMarker,
  type QualityTheme,
  type QualityCriterion,
  type QualityMarker,
} from "./qualityModel/model2025";
export {
  criterionResult,
  necessaryQuality,
  qualityStatus,
  parseJudgement,
  type CriterionResult,
  type MarkerJudgement,
  type QualityStatus,
} from "./qualityModel/rule";
// The annual evaluation model and its JSON (domain-compute).
export { evaluateYear, notYetReason, type EvaluateOptions } from "./evaluation/evaluateYear";
export { cutYear, type YearCut } from "./evaluation/cutOff";
export { evaluationToJson, evaluationToJsonValue } from "./evaluation/toJson";
export { groupRemarks, tooFewText, fallingText } from "./evaluation/remarks";
export { changeDirection, changePoints, changePointsText, MINUS, type ChangeDirection } from "./evaluation/change";
export { yearBasis, type YearBasis } from "./evaluation/yearBasis";
export { suggestedActions } from "./evaluation/actions";
// One citizen's status for the status meeting has its own entry, `./status` (citizenStatus,
// statusSheetName): only the pane and the command line use it, and re-exported here it would ride in
// the custom functions' start-up entry, which every workbook with SMORTE loads. The overgreb register's
// rules have their own entry, `./incidents`, for the same reason.
