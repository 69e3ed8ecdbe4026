/** Application services shared by the task pane and the command line (no Node, no Office APIs). */
export { runEvaluation } from "./evaluation";
export type { EvaluationRun, RunOptions } from "./evaluation";
export { runExport, exportFileNames } from "./regionalExport";
export type { ExportOptions, ExportRun } from "./regionalExport";
export { readChecked, checkSnapshot, sortFindings } from "./readChecked";
export type { CheckedWorkbook } from "./readChecked";
export { runStatus } from "./status";
export type { StatusOptions, StatusRun } from "./status";
export { runIncidents, readRegister, registerOf } from "./incidents";
export type { IncidentsRun, IncidentRegister } from "./incidents";
