/**
 * The custom functions' metadata: functions.json as the build generates it from the JSDoc in
 * src/functions/functions.ts (custom-functions-metadata, the same generator the webpack plugin runs),
 * the declarative argument lists in specs.ts, and the hand-kept Danish functions-da.json must all
 * describe the same functions, and no name may collide with one of Excel's own functions.
 */
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { SPECS } from "../../src/functions/specs";
import danish from "../../src/functions/functions-da.json";
// HyperFormula's Danish and English function-name dictionaries, as a second list of spreadsheet names.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hyperDa = require("hyperformula/commonjs/i18n/languages/daDK").default as { functions: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hyperEn = require("hyperformula/commonjs/i18n/languages/enUS").default as { functions: Record<string, string> };

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  functions: FunctionMeta[];
}

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

type Shape = "scalar" | "matrix";
interface ExpectedFunction {
  readonly exportName: keyof typeof SPECS;
  readonly id: string;
  readonly english: string;
  readonly danish: string;
  /** [English parameter name, shape, optional?] */
  readonly parameters: readonly (readonly [string, Shape, boolean])[];
  readonly result: { type?: string; dimensionality?: string };
  readonly volatile?: boolean;
}

/** The contract of issue 5: export, id, English and Danish name, and each parameter. */
const EXPECTED: readonly ExpectedFunction[] = [
  {
    exportName: "fulfilment",
    id: "FULFILMENT",
    english: "FULFILMENT",
    danish: "MÅLOPFYLDELSE",
    parameters: [
      ["assessment", "scalar", false],
      ["scale", "matrix", true],
    ],
    result: {},
  },
  {
    exportName: "progress",
    id: "PROGRESS",
    english: "PROGRESS",
    danish: "FREMSKRIDT",
    parameters: [
      ["measured", "scalar", false],
      ["baseline", "scalar", false],
      ["target", "scalar", false],
    ],
    result: { type: "number" },
  },
  {
    exportName: "gas",
    id: "GAS",
    english: "GAS",
    danish: "GAS",
    parameters: [
      ["levels", "matrix", false],
      ["weights", "matrix", true],
      ["rho", "scalar", true],
    ],
    result: { type: "number" },
  },
  {
    exportName: "check",
    id: "CHECK",
    english: "CHECK",
    danish: "TJEK",
    parameters: [
      ["goal", "scalar", false],
      ["successCriterion", "scalar", false],
      ["achievability", "scalar", false],
      ["relevance", "scalar", false],
      ["startDate", "scalar", false],
      ["endDate", "scalar", false],
      ["evaluation", "scalar", false],
      ["interval", "scalar", true],
      ["baseline", "scalar", true],
      ["target", "scalar", true],
    ],
    result: { type: "string" },
  },
  {
    exportName: "overdue",
    id: "OVERDUE",
    english: "OVERDUE",
    danish: "FORSINKET",
    parameters: [
      ["lastDate", "scalar", false],
      ["interval", "scalar", false],
      ["asOf", "scalar", true],
    ],
    result: { type: "number" },
    volatile: true,
  },
  {
    exportName: "criterion",
    id: "CRITERION",
    english: "CRITERION",
    danish: "KRITERIE",
    parameters: [["judgements", "matrix", false]],
    result: { type: "string" },
  },
  {
    exportName: "goalResult",
    id: "GOALRESULT",
    english: "GOALRESULT",
    danish: "MÅLRESULTAT",
    parameters: [
      ["goalId", "scalar", false],
      ["followUps", "matrix", false],
      ["year", "scalar", false],
      ["goals", "matrix", true],
      ["scale", "matrix", true],
      ["asOf", "scalar", true],
    ],
    result: { type: "number" },
  },
  {
    exportName: "results",
    id: "RESULTS",
    english: "RESULTS",
    danish: "RESULTATER",
    parameters: [
      ["goals", "matrix", false],
      ["followUps", "matrix", false],
      ["citizens", "matrix", false],
      ["year", "scalar", false],
      ["groupBy", "scalar", true],
      ["scale", "matrix", true],
      ["rho", "scalar", true],
      ["asOf", "scalar", true],
    ],
    result: { dimensionality: "matrix" },
  },
];

/**
 * Names of Excel's own functions in Danish Excel (written down from Excel's Danish function list),
 * above all those a Danish name of ours could come close to.
 */
const EXCEL_DANISH_NAMES = [
  "HVIS",
  "HVISER",
  "HVIS.FEJL",
  "HVISIT",
  "SKIFT",
  "OG",
  "ELLER",
  "IKKE",
  "XELLER",
  "SAND",
  "FALSK",
  "SUM",
  "SUM.HVIS",
  "SUM.HVISER",
  "MIDDEL",
  "MIDDEL.HVIS",
  "MIDDEL.HVISER",
  "MAKS",
  "MIN",
  "MAKS.HVISER",
  "MIN.HVISER",
  "TÆL",
  "TÆLV",
  "TÆL.HVIS",
  "TÆL.HVISER",
  "ANTAL.BLANKE",
  "LOPSLAG",
  "VOPSLAG",
  "XOPSLAG",
  "SLÅ.OP",
  "INDEKS",
  "SAMMENLIGN",
  "XSAMMENLIGN",
  "FORSKYDNING",
  "INDIREKTE",
  "VÆLG",
  "FILTRER",
  "SORTER",
  "SORTER.EFTER",
  "ENTYDIGE",
  "SEKVENS",
  "LAD",
  "LAMBDA",
  "TEKST",
  "TEKST.KOMBINER",
  "SAMMENKÆD",
  "SAMMENKÆDNING",
  "VENSTRE",
  "HØJRE",
  "MIDT",
  "LÆNGDE",
  "FIND",
  "SØG",
  "ERSTAT",
  "UDSKIFT",
  "FJERN.OVERFLØDIGE.BLANKE",
  "STORE.BOGSTAVER",
  "SMÅ.BOGSTAVER",
  "STORT.FORBOGSTAV",
  "VÆRDI",
  "DATO",
  "DATOVÆRDI",
  "DAG",
  "DAGE",
  "MÅNED",
  "ÅR",
  "IDAG",
  "NU",
  "UGEDAG",
  "UGE.NR",
  "ISOUGE.NR",
  "ARBEJDSDAG",
  "ANTAL.ARBEJDSDAGE",
  "EDATO",
  "SLUT.PÅ.MÅNED",
  "DATO.FORSKEL",
  "TID",
  "TIME",
  "MINUT",
  "SEKUND",
  "ÅR.BRØK",
  "AFRUND",
  "RUND.OP",
  "RUND.NED",
  "HELTAL",
  "REST",
  "ABS",
  "KVROD",
  "POTENS",
  "PRODUKT",
  "SUMPRODUKT",
  "STØRSTE",
  "MINDSTE",
  "MEDIAN",
  "RANG",
  "KVARTIL",
  "PROCENTDEL",
  "FREKVENS",
  "TENDENS",
  "STIGNING",
  "SKÆRING",
  "KORRELATION",
  "STDAFV.S",
  "VARIANS",
  "SUBTOTAL",
  "SAMLING",
  "ER.TOM",
  "ER.FEJL",
  "ER.TAL",
  "ER.TEKST",
  "IKKE.TILGÆNGELIG",
  "FEJLTYPE",
  "INFO",
  "CELLE",
  "RÆKKE",
  "RÆKKER",
  "KOLONNE",
  "KOLONNER",
  "ADRESSE",
  "HYPERLINK",
  "KRITBINOM",
  "GAUSS",
  "GAMMA",
  "YDELSE",
  "RENTE",
  "NUTIDSVÆRDI",
  "INTERN.RENTE",
  "DELTA",
  "FORTEGN",
  "SLUMP",
  "SLUMPMELLEM",
  "TRANSPONER",
  "GENTAG",
  "FORMELTEKST",
  "ARK",
  "INTERVAL",
];

const spreadsheetNames = (): Set<string> => {
  const names = new Set<string>(EXCEL_DANISH_NAMES);
  for (const [english, local] of Object.entries(hyperDa.functions)) {
    names.add(english.toUpperCase());
    if (local) names.add(local.toUpperCase());
  }
  for (const english of Object.keys(hyperEn.functions)) names.add(english.toUpperCase());
  return names;
};

/** The generator's own rule for a function name: a letter first, then letters, digits, "." and "_". */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;

let generated: Metadata;
let associations: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as Metadata;
  associations = result.associate;
}, 60_000);

const shapeOf = (p: Parameter): Shape => (p.dimensionality === "matrix" ? "matrix" : "scalar");

describe("the generated functions.json", () => {
  it("has exactly the functions of the contract, in order", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e.id));
  });

  it.each(EXPECTED.map((e) => [e.id, e] as const))("%s: id, English name, export and parameters", (_id, expected) => {
    const f = generated.functions.find((g) => g.id === expected.id) as FunctionMeta;
    expect(f.name).toBe(expected.english);
    expect(associations).toContainEqual(
      expect.objectContaining({ functionName: expected.exportName, id: expected.id }),
    );
    expect(f.parameters.map((p) => [p.name, shapeOf(p), p.optional === true])).toEqual(expected.parameters);
    // Every parameter is "any" so blank cells and text reach the function and get a Danish message.
    for (const p of f.parameters) {
      expect(p.type).toBe("any");
      expect(p.description?.length).toBeGreaterThan(5);
    }
    expect(f.result).toEqual(expected.result);
    expect(f.options?.volatile === true).toBe(expected.volatile === true);
    expect(f.description?.length).toBeGreaterThan(20);
  });

  it("matches the declarative argument lists (count, optional, range or single value)", () => {
    for (const expected of EXPECTED) {
      const f = generated.functions.find((g) => g.id === expected.id) as FunctionMeta;
      const spec = SPECS[expected.exportName];
      expect(spec.id).toBe(expected.id);
      expect(spec.args.map((a) => [a.matrix ? "matrix" : "scalar", a.optional])).toEqual(
        f.parameters.map((p) => [shapeOf(p), p.optional === true]),
      );
    }
  });
});

describe("the Danish functions-da.json", () => {
  const da = danish as unknown as Metadata;

  it("has the same functions, in the same order, with the same top-level options", () => {
    expect(da.functions.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
    expect((danish as Record<string, unknown>).allowCustomDataForDataTypeAny).toBe(
      (generated as unknown as Record<string, unknown>).allowCustomDataForDataTypeAny,
    );
  });

  it.each(EXPECTED.map((e) => [e.danish, e] as const))(
    "SMORTE.%s: same parameters, Danish names and descriptions",
    (_name, expected) => {
      const en = generated.functions.find((g) => g.id === expected.id) as FunctionMeta;
      const f = da.functions.find((g) => g.id === expected.id) as FunctionMeta;
      expect(f.name).toBe(expected.danish);
      expect(f.name).toMatch(VALID_NAME);
      expect(f.parameters).toHaveLength(en.parameters.length);
      f.parameters.forEach((p, i) => {
        const q = en.parameters[i];
        expect([p.type, shapeOf(p), p.optional === true]).toEqual([q.type, shapeOf(q), q.optional === true]);
        expect(p.description).toBeTruthy();
        expect(p.description).not.toBe(q.description);
      });
      // Parameter names are the Danish names the argument readers use in their messages.
      expect(f.parameters.map((p) => p.name)).toEqual(SPECS[expected.exportName].args.map((a) => a.name));
      expect(f.result).toEqual(en.result);
      expect(f.options ?? {}).toEqual(en.options ?? {});
      expect(f.description).not.toBe(en.description);
      expect(f.description).toMatch(/ (og|eller|af|en|et|for|til|med|når|som|fra|der) /);
    },
  );

  it("has distinct names", () => {
    const names = da.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("names that do not collide with Excel's own functions", () => {
  const taken = spreadsheetNames();

  it("knows the spreadsheet names it compares with (Excel's Danish list and HyperFormula's dictionaries)", () => {
    expect(taken.has("LOPSLAG")).toBe(true);
    expect(taken.has("TÆL.HVIS")).toBe(true);
    expect(taken.has("VLOOKUP")).toBe(true);
    expect(taken.size).toBeGreaterThan(300);
  });

  it("neither the Danish nor the English names, with or without the SMORTE namespace, are Excel function names", () => {
    const ours = [
      ...(danish as unknown as Metadata).functions.map((f) => f.name),
      ...generated.functions.map((f) => f.name),
    ];
    for (const name of ours) {
      expect(taken.has(name.toUpperCase())).toBe(false);
      expect(taken.has(`SMORTE.${name}`.toUpperCase())).toBe(false);
    }
  });
});
