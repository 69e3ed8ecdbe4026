/**
 * Judging an export file's records (docs/rules.md §9): a known `schemaVersion`, one offer and year per
 * file, counts that add up, fractions in 0..1, and no figure on a suppressed row (a privacy breach: the
 * file is refused whole). Each refusal names the file, the row and the reason in Danish.
 */
import { EXPORT_COLUMNS } from "../schema";
import { parseExport, type RawRecord } from "./parseExport";
import type { OfferExport, Refusal, SectorInputRow } from "./types";

/** The export's figure columns: everything from `citizens` up to `suppressed` (a suppressed row has none). */
const FIGURES = EXPORT_COLUMNS.slice(EXPORT_COLUMNS.indexOf("citizens"), EXPORT_COLUMNS.indexOf("suppressed"));
const COUNTS = ["citizens", "goals", "achieved", "partial", "notAchieved"] as const;

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A number from a CSV field or JSON value; undefined when it is not one. */
function numberOf(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

const textOf = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

class RowProblem extends Error {}

function count(rec: RawRecord, key: string): number {
  const n = numberOf(rec[key]);
  if (n === undefined || !Number.isInteger(n) || n < 0) throw new RowProblem(`${key} skal være et helt tal ≥ 0.`);
  return n;
}

function fraction(rec: RawRecord, key: string): number | null {
  if (isEmpty(rec[key])) return null;
  const n = numberOf(rec[key]);
  if (n === undefined || n < 0 || n > 1) throw new RowProblem(`${key} skal være en brøk mellem 0 og 1.`);
  return n;
}

function rowOf(rec: RawRecord, version: 1 | 2): SectorInputRow {
  const targetGroup = textOf(rec.targetGroup);
  const method = textOf(rec.method);
  if (targetGroup === "" || method === "") throw new RowProblem("targetGroup og method skal være udfyldt.");
  const flag = numberOf(rec.suppressed);
  if (flag !== 0 && flag !== 1) throw new RowProblem("suppressed skal være 0 eller 1.");
  if (flag === 1) {
    if (FIGURES.some((k) => !isEmpty(rec[k]))) {
      throw new RowProblem(
        "rækken er skjult (suppressed = 1), men har tal. Det er et brud på diskretionen, så hele filen afvises; bed tilbuddet lave eksporten igen.",
      );
    }
    return {
      targetGroup,
      method,
      suppressed: true,
      citizens: 0,
      goals: 0,
      achieved: 0,
      partial: 0,
      notAchieved: 0,
      mean: null,
      citizenMean: null,
      gasT: null,
      gasCitizens: null,
    };
  }
  const [citizens, goals, achieved, partial, notAchieved] = COUNTS.map((k) => count(rec, k));
  if (achieved + partial + notAchieved !== goals) {
    throw new RowProblem(
      `tallene passer ikke: achieved + partial + notAchieved (${achieved + partial + notAchieved}) er ikke goals (${goals}).`,
    );
  }
  const mean = fraction(rec, "mean");
  const citizenMean = fraction(rec, "citizenMean");
  let gasT: number | null = null;
  if (!isEmpty(rec.gasT)) {
    const g = numberOf(rec.gasT);
    if (g === undefined) throw new RowProblem("gasT skal være et tal.");
    gasT = g;
  }
  let gasCitizens: number | null = null;
  if (version === 2) {
    gasCitizens = isEmpty(rec.gasCitizens) ? 0 : count(rec, "gasCitizens");
    if (gasCitizens > citizens) throw new RowProblem("gasCitizens er større end citizens.");
    if (gasT !== null && gasCitizens === 0) throw new RowProblem("gasT er udfyldt, men gasCitizens er 0.");
  }
  return {
    targetGroup,
    method,
    suppressed: false,
    citizens,
    goals,
    achieved,
    partial,
    notAchieved,
    mean,
    citizenMean,
    gasT,
    gasCitizens,
  };
}

/**
 * Read and check one export file's text.
 * @example readExport("tilbud-a.csv", text) // { ok: true, value: { offerId: "A", year: 2026, rows: [...] } }
 */
export function readExport(
  file: string,
  text: string,
): { readonly ok: true; readonly value: OfferExport } | { readonly ok: false; readonly refusal: Refusal } {
  const refuse = (row: number | null, reason: string) => ({ ok: false as const, refusal: { file, row, reason } });
  const parsed = parseExport(text);
  if (!parsed.ok) return refuse(null, parsed.reason);
  const declared = numberOf(parsed.declaredVersion);
  if (declared !== 1 && declared !== 2) {
    return refuse(
      null,
      `Ukendt filformat (schemaVersion ${textOf(parsed.declaredVersion) || "mangler"}); kun version 1 og 2 kan læses.`,
    );
  }
  if (parsed.records.length === 0) return refuse(null, "Filen har ingen rækker.");
  const version = declared;
  const first = parsed.records[0];
  const offerId = textOf(first.offerId);
  const region = textOf(first.region);
  const year = numberOf(first.year);
  if (offerId === "") return refuse(1, "offerId er tom.");
  if (year === undefined || !Number.isInteger(year)) return refuse(1, "year skal være et årstal.");
  const rows: SectorInputRow[] = [];
  for (let i = 0; i < parsed.records.length; i++) {
    const rec = parsed.records[i];
    if (numberOf(rec.schemaVersion) !== version) return refuse(i + 1, "schemaVersion er ikke den samme i alle rækker.");
    if (textOf(rec.offerId) !== offerId) return refuse(i + 1, "filen har rækker fra mere end ét tilbud (offerId).");
    if (numberOf(rec.year) !== year) return refuse(i + 1, "filen har rækker fra mere end ét år (year).");
    try {
      rows.push(rowOf(rec, version));
    } catch (e) {
      if (e instanceof RowProblem) return refuse(i + 1, e.message);
      throw e;
    }
  }
  return { ok: true, value: { file, schemaVersion: version, region, offerId, year, rows } };
}

/** A refusal as one Danish line. @example refusalText({ file: "a.csv", row: 3, reason: "…" }) // "a.csv, række 3: …" */
export const refusalText = (r: Refusal): string => `${r.file}${r.row === null ? "" : `, række ${r.row}`}: ${r.reason}`;
