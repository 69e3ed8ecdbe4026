/** The sector's results: reading offers' exports, putting them together, and the funnel comparison. */
export * from "./types";
export { parseExport, csvLines } from "./parseExport";
export { readExport, refusalText } from "./validateExport";
export { consolidate, duplicateRefusals } from "./consolidate";
export { funnelLimits, funnelOffer, Z95, Z998 } from "./funnel";
export { sectorToJson } from "./toJson";
export { judgeExports, readLine } from "./judge";
export type { ExportFileText, ExportReading } from "./judge";
