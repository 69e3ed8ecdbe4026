/**
 * The quality model's binary rule. Each marker is judged "Til stede", "Ikke til stede" or "Ikke aktuel"
 * (or not yet judged). A criterion is "Opfyldt" only if no marker is "Ikke til stede"; the offer has
 * fornøden kvalitet only if every criterion is "Opfyldt".
 *
 * Precedence: one marker "Ikke til stede" makes the criterion "Ikke opfyldt" at once, even while other
 * markers are not yet judged — the model says such a criterion cannot be met, so waiting changes
 * nothing. Otherwise any marker not yet judged (empty or an unrecognised text) makes it
 * "Ikke færdigvurderet". "Ikke aktuel" never fails a criterion. A criterion without markers is
 * "Ikke færdigvurderet".
 */
import { QUALITY_JUDGEMENTS } from "../schema";

export type MarkerJudgement = (typeof QUALITY_JUDGEMENTS)[number];
export type CriterionResult = "Opfyldt" | "Ikke opfyldt" | "Ikke færdigvurderet";
export type QualityStatus = "Fornøden kvalitet" | "Ikke fornøden kvalitet" | "Ikke færdigvurderet";

const squash = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ");

/** Judgement texts the rule recognises, including the spellings the model's own form uses. */
const JUDGEMENT_BY_TEXT = new Map<string, MarkerJudgement>([
  ["til stede", "Til stede"],
  ["tilstede", "Til stede"],
  ["ikke til stede", "Ikke til stede"],
  ["ikke tilstede", "Ikke til stede"],
  ["ikke aktuel", "Ikke aktuel"],
  ["ikke aktuelt", "Ikke aktuel"],
]);

/**
 * Read a marker judgement (trimmed, case-insensitive); null when empty or not recognised.
 * @example parseJudgement(" ikke tilstede ") // "Ikke til stede"
 */
export function parseJudgement(value: unknown): MarkerJudgement | null {
  if (typeof value !== "string") return null;
  return JUDGEMENT_BY_TEXT.get(squash(value)) ?? null;
}

/**
 * The result of one criterion from its markers' judgements.
 * @example criterionResult(["Til stede", "Ikke aktuel"])   // "Opfyldt"
 * @example criterionResult(["Til stede", null])            // "Ikke færdigvurderet"
 * @example criterionResult([null, "Ikke til stede"])       // "Ikke opfyldt"
 */
export function criterionResult(judgements: ReadonlyArray<string | null>): CriterionResult {
  let unjudged = judgements.length === 0;
  for (const j of judgements) {
    const parsed = parseJudgement(j);
    if (parsed === "Ikke til stede") return "Ikke opfyldt";
    if (parsed === null) unjudged = true;
  }
  return unjudged ? "Ikke færdigvurderet" : "Opfyldt";
}

/**
 * Fornøden kvalitet: true only if there is at least one criterion and every one is "Opfyldt".
 * @example necessaryQuality(["Opfyldt", "Opfyldt"]) // true
 */
export function necessaryQuality(criterionResults: ReadonlyArray<CriterionResult | string | null>): boolean {
  return criterionResults.length > 0 && criterionResults.every((r) => r === "Opfyldt");
}

/**
 * The offer's overall status: "Ikke fornøden kvalitet" as soon as one criterion is "Ikke opfyldt";
 * else "Ikke færdigvurderet" while one is not yet assessed; else "Fornøden kvalitet".
 * @example qualityStatus(["Opfyldt", "Ikke færdigvurderet"]) // "Ikke færdigvurderet"
 */
export function qualityStatus(criterionResults: ReadonlyArray<CriterionResult | string | null>): QualityStatus {
  if (criterionResults.some((r) => r === "Ikke opfyldt")) return "Ikke fornøden kvalitet";
  return necessaryQuality(criterionResults) ? "Fornøden kvalitet" : "Ikke færdigvurderet";
}
