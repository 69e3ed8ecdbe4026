/**
 * The domain's public entry point. The workbook layer, the custom functions, the task pane and the
 * command line import from here only; nothing reaches inside src/domain otherwise.
 */
export * from "./schema";
export type * from "./types";
export * from "./dates";
