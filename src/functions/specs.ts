/**
 * The declarative description of every custom function's arguments: Danish parameter name (as in
 * functions-da.json), range or single value, optional or not, and how the raw value is read.
 * The order of each list is the order of the parameters in functions.ts. The computation lives in the
 * domain (src/domain); functions.ts only reads the arguments with these lists and calls it.
 */
import { column, SETTING_KEYS } from "../domain";
import {
  blankableDateArg,
  choiceArg,
  dateArg,
  freeTextArg,
  labelOrNumberArg,
  numberArg,
  optional,
  rangeArg,
  textArg,
  type Arg,
  type Matrix,
} from "./args";
import { scaleFromRange } from "./scaleRange";
import { tableArg } from "./tables";

/** How `results` groups its rows. */
export type Grouping = "method" | "targetGroup" | "department" | "citizen";

const INTERVAL = column("Maal", "interval");

const year = () => numberArg("år", { integer: true, min: 1900, max: 9999, what: "et årstal, fx 2026" });
const scale = () => optional(rangeArg("skala", scaleFromRange), null);
const rho = () => optional(numberArg("rho", { what: "et tal fra 0 op til 1, fx 0,3" }), SETTING_KEYS.gasRho.default);
const matrix = (m: Matrix): Matrix => m;
/** The day a running year's figures reach (blank, or 0 from an empty cell: every follow-up counts). */
const asOf = () => optional(blankableDateArg("dato"), null);

/** The words `results` accepts for its grouping, Danish first (column names from the schema), then English. */
const GROUPINGS = [
  { value: "method", words: [column("Maal", "method").name, "Metoder", "Method"] },
  { value: "targetGroup", words: [column("Borgere", "targetGroup").name, "Målgrupper", "Target group", "TargetGroup"] },
  { value: "department", words: [column("Borgere", "department").name, "Afdelinger", "Department"] },
  { value: "citizen", words: ["Borger", "Borgere", column("Borgere", "citizenId").name, "Citizen"] },
] as const satisfies readonly { value: Grouping; words: readonly string[] }[];

export interface FunctionSpec {
  /** The function's id in functions.json (stable once released). */
  readonly id: string;
  readonly args: readonly Arg<unknown>[];
}

export const SPECS = {
  fulfilment: {
    id: "FULFILMENT",
    args: [labelOrNumberArg("vurdering"), scale()],
  },
  progress: {
    id: "PROGRESS",
    args: [numberArg("måling"), numberArg("udgangspunkt"), numberArg("målværdi")],
  },
  gas: {
    id: "GAS",
    args: [rangeArg("niveauer", matrix), optional(rangeArg("vægte", matrix), null), rho()],
  },
  check: {
    id: "CHECK",
    args: [
      freeTextArg("mål"),
      freeTextArg("succeskriterium"),
      freeTextArg("opnåelighed"),
      freeTextArg("relevans"),
      blankableDateArg("startdato"),
      blankableDateArg("slutdato"),
      freeTextArg("evaluering"),
      optional(
        numberArg("interval", { integer: true, min: INTERVAL.min, max: INTERVAL.max, what: "et helt antal dage" }),
        null,
      ),
      optional(numberArg("udgangspunkt"), null),
      optional(numberArg("målværdi"), null),
    ],
  },
  overdue: {
    id: "OVERDUE",
    args: [
      dateArg("seneste"),
      numberArg("interval", { integer: true, min: INTERVAL.min, max: INTERVAL.max, what: "et helt antal dage" }),
      optional(dateArg("dato"), null),
    ],
  },
  criterion: {
    id: "CRITERION",
    args: [rangeArg("indikatorer", matrix)],
  },
  goalResult: {
    id: "GOALRESULT",
    args: [
      textArg("målid", "et MålID, fx M0001"),
      tableArg("opfølgning", "Opfoelgning", ["goalId", "date"]),
      year(),
      optional(tableArg("mål", "Maal", ["goalId"]), null),
      scale(),
      asOf(),
    ],
  },
  results: {
    id: "RESULTS",
    args: [
      tableArg("mål", "Maal", ["goalId", "citizenId"]),
      tableArg("opfølgning", "Opfoelgning", ["goalId", "date"]),
      tableArg("borgere", "Borgere", ["citizenId"]),
      year(),
      optional(choiceArg("gruppering", GROUPINGS), "method" as Grouping),
      scale(),
      rho(),
      asOf(),
    ],
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof SPECS;
