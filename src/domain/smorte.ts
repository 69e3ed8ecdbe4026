/**
 * The SMORTE check of one goal (docs/rules.md §4): Specifikt, Målbart, Opnåeligt, Relevant, Tidsbestemt,
 * Evaluerbart. A finding is an error (a part is missing) or a warning (a heuristic on the wording).
 * The check is deterministic, offline and never blocks saving: an incomplete goal still counts in
 * every figure. Messages are Danish and never quote the goal's text.
 */
import { column, GOALS, SETTING_KEYS, SHEETS } from "./schema";
import type { DayNumber, Finding, Goal, Severity, SmorteLetter, WorkbookData } from "./types";
import { dayFromYmd, ymdFromDay } from "./dates";
import { findingAt } from "./findings";
import {
  ABSTRACT_WORDS,
  AVOID_PHRASES,
  EMPTY_WORDS,
  MEASURABLE_CUES,
  PROCESS_PHRASES,
  SMALL_WORDS,
  VAGUE_WORDS,
  WHEN_CUES,
} from "./smorteWords";

export interface GoalCheckInput {
  readonly text: string;
  readonly successCriterion: string;
  readonly achievability: string;
  readonly relevance: string;
  readonly evaluation: string;
  readonly startDate: DayNumber | null;
  readonly endDate: DayNumber | null;
  readonly baseline: number | null;
  readonly target: number | null;
  /** The goal's own follow-up interval in days; null when empty. */
  readonly interval: number | null;
  /** The `Interval` setting; undefined = the standard default (90), null = no default. */
  readonly defaultInterval?: number | null;
  /**
   * Dates whose typed text cannot be read yet (the pane's date fields): such a date is said to be
   * unreadable, never missing, and is left out of the comparisons. The workbook never sets this.
   */
  readonly unreadable?: { readonly startDate?: boolean; readonly endDate?: boolean };
}

export interface GoalFinding {
  readonly severity: Severity;
  readonly letter: SmorteLetter;
  readonly code: string;
  readonly message: string;
  /** The Danish header of the column the finding is about. */
  readonly column: string;
}

export interface CheckOptions {
  /**
   * Only the errors (the missing parts), skipping the wording heuristics. Completeness depends on the
   * errors alone, so figures such as the SMORTE-complete share use this cheaper path.
   */
  readonly errorsOnly?: boolean;
  /** The sheet the `Indstillinger` table is on, named where a message sends the user there (default Indstillinger). */
  readonly settingsSheet?: string;
}

export const SMORTE_LETTERS: readonly SmorteLetter[] = ["S", "M", "O", "R", "T", "E"];

/** The Danish word of each letter. */
export const SMORTE_NAMES: Readonly<Record<SmorteLetter, string>> = {
  S: "Specifikt",
  M: "Målbart",
  O: "Opnåeligt",
  R: "Relevant",
  T: "Tidsbestemt",
  E: "Evaluerbart",
};

const header = (key: string): string => column(GOALS.table, key).name;
const COL = {
  text: header("text"),
  successCriterion: header("successCriterion"),
  achievability: header("achievability"),
  relevance: header("relevance"),
  evaluation: header("evaluation"),
  startDate: header("startDate"),
  endDate: header("endDate"),
  baseline: header("baseline"),
  target: header("target"),
  interval: header("interval"),
};

const VAGUE = new Set(VAGUE_WORDS);
const SMALL = new Set(SMALL_WORDS);
const EMPTY = new Set(EMPTY_WORDS);
/** Words that are not what a goal does: a process ("arbejde med") and the theme it names ("struktur"). */
const NOT_AN_ACTIVITY = new Set([...ABSTRACT_WORDS, ...PROCESS_PHRASES.flatMap((p) => p.split(" "))]);
/** Opnåelighed and Relevans need at least this many content words to say something. */
const MIN_REASON_WORDS = 2;
/** Words after which a capitalised first word is the subject (a name), not content: "Anna skal …". */
const SUBJECT_FOLLOWERS = new Set(["skal", "vil", "kan", "får", "har", "er", "bliver", "må", "ønsker", "gider"]);
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const DIGIT = /\p{N}/u;
const UPPER_FIRST = /^\p{Lu}/u;

interface Wording {
  /** Lower-case words joined by single spaces, padded with a space at both ends (for phrase lookup). */
  readonly joined: string;
  readonly vague: string[];
  /** How many words carry content (not small, not vague, not a name). */
  readonly content: number;
  readonly hasDigit: boolean;
}

/**
 * Split a text into words and count what kind of words they are. `notContent`: further words that do
 * not count as content here (the empty words of a reason, the process words of a goal).
 */
function wording(text: string, notContent?: ReadonlySet<string>): Wording {
  const raw = text.split(WORD_SPLIT).filter((w) => w !== "");
  const lower = raw.map((w) => w.toLowerCase());
  const vague: string[] = [];
  let content = 0;
  for (let i = 0; i < raw.length; i++) {
    const w = lower[i];
    if (VAGUE.has(w)) {
      if (!vague.includes(w)) vague.push(w);
      continue;
    }
    if (SMALL.has(w) || notContent?.has(w)) continue;
    if (DIGIT.test(w)) {
      content++;
      continue;
    }
    if (UPPER_FIRST.test(raw[i])) {
      // A capitalised word inside the text is a name or a place; the first word is one when a verb
      // such as "skal" follows it ("Anna skal …").
      if (i > 0 || SUBJECT_FOLLOWERS.has(lower[i + 1] ?? "")) continue;
    }
    if (w.length >= 2) content++;
  }
  return { joined: ` ${lower.join(" ")} `, vague, content, hasDigit: DIGIT.test(text) };
}

const containsAny = (w: Wording, phrases: readonly string[]): string | null => {
  for (const p of phrases) if (w.joined.includes(` ${p} `)) return p;
  return null;
};

const quoted = (words: readonly string[]): string => words.map((w) => `»${w}«`).join(", ");

const blank = (text: string): boolean => text.trim() === "";

/** The day twelve calendar months after `day` (29 February → 28 February). */
function twelveMonthsAfter(day: DayNumber): DayNumber {
  const { year, month, day: d } = ymdFromDay(day);
  return dayFromYmd(year + 1, month, d) ?? (dayFromYmd(year + 1, month, d - 1) as DayNumber);
}

/**
 * Check one goal against the six SMORTE letters.
 * @example
 * checkGoal({ text: "Anna skal have det bedre", successCriterion: "", achievability: "", relevance: "",
 *   evaluation: "", startDate: 46023, endDate: null, baseline: null, target: null, interval: null })
 *   .map((f) => f.code)
 * // ["s-vague", "m-missing", "o-missing", "r-missing", "t-end-missing", "e-missing"]
 */
export function checkGoal(goal: GoalCheckInput, options: CheckOptions = {}): GoalFinding[] {
  const out: GoalFinding[] = [];
  const warnings = options.errorsOnly !== true;
  const add = (severity: Severity, letter: SmorteLetter, code: string, col: string, message: string): void => {
    if (severity === "error" || warnings) out.push({ severity, letter, code, message, column: col });
  };
  const text = goal.text ?? "";
  const criterion = goal.successCriterion ?? "";
  const textMissing = blank(text);
  const goalWords = textMissing || !warnings ? null : wording(text);

  // S – the goal is written, and concretely.
  if (textMissing) {
    add("error", "S", "s-missing", COL.text, "Målet mangler. Skriv konkret, hvad borgeren vil opnå.");
  } else if (
    goalWords !== null &&
    (goalWords.content === 0 || (goalWords.vague.length > 0 && goalWords.content <= 1))
  ) {
    const which = goalWords.vague.length > 0 ? ` (${quoted(goalWords.vague)})` : "";
    add(
      "warning",
      "S",
      "s-vague",
      COL.text,
      `Målet er formuleret vagt${which}. Beskriv konkret, hvad borgeren vil kunne eller gøre, og i hvilken situation.`,
    );
  } else if (goalWords !== null && !goalWords.hasDigit) {
    const process = containsAny(goalWords, PROCESS_PHRASES);
    if (process !== null && wording(text, NOT_AN_ACTIVITY).content <= 1) {
      add(
        "warning",
        "S",
        "s-no-activity",
        COL.text,
        `Målet siger, hvad der skal arbejdes med (${quoted([process])}), men ikke hvad borgeren konkret skal gøre. Skriv en aktivitet, man kan se, fx »laver en ugeplan hver søndag med kontaktpersonen«.`,
      );
    }
  }

  // M – we can see or count when the goal is reached.
  const numericScale = goal.baseline !== null && goal.target !== null;
  if (blank(criterion)) {
    if (!numericScale) {
      add(
        "error",
        "M",
        "m-missing",
        COL.successCriterion,
        "Succeskriteriet mangler. Skriv, hvordan I ser, at målet er nået (et antal, en hyppighed eller en handling, man kan se), eller udfyld Udgangspunkt og Målværdi med tal.",
      );
    }
  } else if (!numericScale && warnings) {
    const w = wording(criterion);
    const cue = w.hasDigit || containsAny(w, MEASURABLE_CUES) !== null;
    if (!cue && (w.vague.length > 0 || w.content === 0)) {
      add(
        "warning",
        "M",
        "m-not-measurable",
        COL.successCriterion,
        "Succeskriteriet siger ikke, hvordan I kan se eller tælle, at målet er nået. Angiv et antal, en hyppighed eller en konkret handling.",
      );
    }
  }
  if (numericScale && goal.baseline === goal.target) {
    add(
      "warning",
      "M",
      "m-no-span",
      COL.target,
      "Udgangspunkt og Målværdi er ens, så fremskridt kan ikke måles. Ret Målværdi, eller brug en vurdering fra skalaen.",
    );
  } else if ((goal.baseline === null) !== (goal.target === null)) {
    const missing = goal.baseline === null ? COL.baseline : COL.target;
    add(
      "warning",
      "M",
      "m-half-scale",
      missing,
      `${missing} mangler, så målinger ikke kan omregnes til målopfyldelse. Udfyld både Udgangspunkt og Målværdi, eller ingen af dem.`,
    );
  }

  // O – achievable, and phrased as something to reach.
  if (blank(goal.achievability ?? "")) {
    add(
      "error",
      "O",
      "o-missing",
      COL.achievability,
      "Opnåelighed mangler. Skriv, hvorfor målet er realistisk for borgeren.",
    );
  } else if (warnings && wording(goal.achievability, EMPTY).content < MIN_REASON_WORDS) {
    add(
      "warning",
      "O",
      "o-empty",
      COL.achievability,
      "Opnåelighed siger ikke hvorfor. Skriv, hvad borgeren allerede kan, eller hvilken støtte der gør målet realistisk.",
    );
  }
  if (goalWords !== null) {
    const avoid = containsAny(goalWords, AVOID_PHRASES);
    if (avoid !== null) {
      add(
        "warning",
        "O",
        "o-avoid",
        COL.text,
        `Målet er formuleret som noget, der skal undgås (${quoted([avoid])}). Skriv i stedet, hvad borgeren vil opnå eller gøre.`,
      );
    }
  }

  // R – linked to the citizen's wishes and the municipal action plan.
  if (blank(goal.relevance ?? "")) {
    add(
      "error",
      "R",
      "r-missing",
      COL.relevance,
      "Relevans mangler. Skriv sammenhængen med borgerens egne ønsker og kommunens handleplan (§ 141) eller indsatsformål.",
    );
  } else if (warnings && wording(goal.relevance, EMPTY).content < MIN_REASON_WORDS) {
    add(
      "warning",
      "R",
      "r-empty",
      COL.relevance,
      "Relevans siger for lidt. Skriv, hvad borgeren selv ønsker, og hvilket mål i handleplanen (§ 141) målet hører til.",
    );
  }

  // T – a start, an end after it, and not too far away.
  const startUnreadable = goal.unreadable?.startDate === true;
  const endUnreadable = goal.unreadable?.endDate === true;
  const start = startUnreadable ? null : goal.startDate;
  if (startUnreadable) {
    add("error", "T", "t-start-unreadable", COL.startDate, "Startdato kan ikke læses endnu. Ret datoen i feltet.");
  } else if (start === null) {
    add("error", "T", "t-start-missing", COL.startDate, "Startdato mangler. Skriv, hvornår målet starter.");
  }
  if (endUnreadable) {
    add("error", "T", "t-end-unreadable", COL.endDate, "Slutdato kan ikke læses endnu. Ret datoen i feltet.");
  } else if (goal.endDate === null) {
    add("error", "T", "t-end-missing", COL.endDate, "Slutdato mangler. Skriv, hvornår målet skal være nået.");
  } else if (start !== null) {
    if (goal.endDate <= start) {
      add("error", "T", "t-end-before-start", COL.endDate, "Slutdato skal ligge efter Startdato. Ret en af datoerne.");
    } else if (goal.endDate > twelveMonthsAfter(start)) {
      add(
        "warning",
        "T",
        "t-too-long",
        COL.endDate,
        "Målet løber over mere end 12 måneder. Overvej at dele det op i delmål med kortere tidshorisont.",
      );
    }
  }

  // E – says how and when it is evaluated, and has a follow-up interval.
  const evaluation = goal.evaluation ?? "";
  if (blank(evaluation)) {
    add("error", "E", "e-missing", COL.evaluation, "Evaluering mangler. Skriv, hvordan og hvornår målet evalueres.");
  } else if (warnings) {
    const w = wording(evaluation);
    if (!w.hasDigit && containsAny(w, WHEN_CUES) === null) {
      add(
        "warning",
        "E",
        "e-no-when",
        COL.evaluation,
        "Evalueringen siger ikke hvornår. Skriv fx »hver 3. måned« eller »på statusmødet i juni«.",
      );
    }
  }
  const fallback = goal.defaultInterval === undefined ? SETTING_KEYS.interval.default : goal.defaultInterval;
  const interval = goal.interval ?? fallback;
  if (interval === null || !Number.isInteger(interval) || interval < 1) {
    add(
      "error",
      "E",
      "e-no-interval",
      COL.interval,
      `Der er intet opfølgningsinterval. Skriv antal dage i Interval, eller sæt Interval på arket ${options.settingsSheet ?? SHEETS.settings}.`,
    );
  }
  return out;
}

/**
 * Is a goal SMORTE-complete: no error among its findings?
 * @example isSmorteComplete([{ severity: "warning", letter: "S", code: "s-vague", message: "…", column: "Mål" }]) // true
 */
export const isSmorteComplete = (findings: ReadonlyArray<{ readonly severity: Severity }>): boolean =>
  !findings.some((f) => f.severity === "error");

/**
 * Is a goal SMORTE-complete? The same answer as `isSmorteComplete(checkGoal(goal))`, without the
 * wording heuristics (they only give warnings).
 * @example isGoalComplete(goalCheckInput(goal, 90)) // false when Relevans is empty
 */
export const isGoalComplete = (goal: GoalCheckInput): boolean => checkGoal(goal, { errorsOnly: true }).length === 0;

/**
 * The state of each letter: "error" if it has an error, else "warning" if it has a warning, else "ok".
 * @example letterStatus([]).S // "ok"
 */
export function letterStatus(
  findings: ReadonlyArray<{ readonly severity: Severity; readonly letter?: SmorteLetter }>,
): Record<SmorteLetter, "ok" | "warning" | "error"> {
  const status: Record<SmorteLetter, "ok" | "warning" | "error"> = {
    S: "ok",
    M: "ok",
    O: "ok",
    R: "ok",
    T: "ok",
    E: "ok",
  };
  for (const f of findings) {
    if (f.letter === undefined) continue;
    if (f.severity === "error") status[f.letter] = "error";
    else if (status[f.letter] === "ok") status[f.letter] = "warning";
  }
  return status;
}

/**
 * The check input of a goal as read from the workbook.
 * @example checkGoal(goalCheckInput(goal, data.settings.interval))
 */
export const goalCheckInput = (goal: Goal, defaultInterval: number | null): GoalCheckInput => ({
  text: goal.text,
  successCriterion: goal.successCriterion,
  achievability: goal.achievability,
  relevance: goal.relevance,
  evaluation: goal.evaluation,
  startDate: goal.startDate,
  endDate: goal.endDate,
  baseline: goal.baseline,
  target: goal.target,
  interval: goal.interval,
  defaultInterval,
});

/**
 * The SMORTE findings of every usable goal, located on the sheet the `Maal` table was read from (`Mål`,
 * or the name the user gave it), row and column. These are not data findings: they never leave a goal
 * out of any figure.
 * @example checkWorkbook(readWorkbook(raw).data).filter((f) => f.severity === "error").length
 */
export function checkWorkbook(data: WorkbookData): Finding[] {
  const out: Finding[] = [];
  const sheet = data.sheets?.Maal ?? SHEETS.goals;
  const options: CheckOptions = { settingsSheet: data.sheets?.Indstillinger ?? SHEETS.settings };
  for (const goal of data.goals) {
    for (const f of checkGoal(goalCheckInput(goal, data.settings.interval), options)) {
      out.push(findingAt(f.severity, sheet, goal.row, f.column, f.message, f.code, f.letter, GOALS.table));
    }
  }
  return out;
}
