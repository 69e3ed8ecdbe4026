/**
 * The starting content of a new SMORTE workbook: the default assessment scale and settings (from the
 * schema), and a starting list of target groups and methods the offer edits to fit its own work.
 *
 * Target groups follow the wording of KL's Fælles Faglige Begreber (FFB) for adults; the descriptions
 * and the method texts are our own short Danish summaries.
 */
import { DEFAULT_SCALE, SETTING_KEYS } from "../../domain";
import type { CellValue } from "../../domain";

/** Rows of `Skala`, keyed by column key. */
export const DEFAULT_SCALE_ROWS: ReadonlyArray<Record<string, CellValue>> = DEFAULT_SCALE.map((s) => ({
  label: s.label,
  value: s.value === null ? "" : s.value,
}));

/** Rows of `Indstillinger`, keyed by column key. */
export const DEFAULT_SETTING_ROWS: ReadonlyArray<Record<string, CellValue>> = Object.values(SETTING_KEYS).map((s) => ({
  key: s.name,
  value: s.default,
}));

/** A starting list of target groups (FFB terms) with a one-line description. */
export const DEFAULT_TARGET_GROUPS: ReadonlyArray<Record<string, CellValue>> = [
  {
    targetGroup: "Udviklingshæmning",
    description: "Borgere med medfødt eller tidligt opstået nedsat intellektuel funktionsevne.",
  },
  {
    targetGroup: "Autismespektrum",
    description: "Borgere med autisme eller lignende udviklingsforstyrrelser, der påvirker kontakt og kommunikation.",
  },
  {
    targetGroup: "Erhvervet hjerneskade",
    description: "Borgere med en hjerneskade opstået efter fødslen, fx efter ulykke, blødning eller sygdom.",
  },
  {
    targetGroup: "Psykiske vanskeligheder",
    description: "Borgere med psykiske vanskeligheder, der begrænser hverdagslivet, med eller uden diagnose.",
  },
  {
    targetGroup: "Fysisk funktionsnedsættelse",
    description: "Borgere med varigt nedsat fysisk funktionsevne, fx bevægelse, syn eller hørelse.",
  },
  {
    targetGroup: "Sindslidelse og misbrug",
    description: "Borgere med både psykiske vanskeligheder og et skadeligt forbrug af rusmidler (dobbeltdiagnose).",
  },
  {
    targetGroup: "Socialt udsat",
    description: "Borgere med komplekse sociale problemer, fx hjemløshed eller ensomhed, der kræver en samlet indsats.",
  },
];

/** A starting list of methods used in Danish botilbud, with approach and a short description. */
export const DEFAULT_METHODS: ReadonlyArray<Record<string, CellValue>> = [
  {
    method: "Low Arousal",
    approach: "Konfliktforebyggende tilgang",
    description:
      "Medarbejderen sænker krav og eget følelsesmæssigt udtryk i pressede situationer, så borgeren bevarer selvkontrollen.",
    active: "Ja",
  },
  {
    method: "KRAP",
    approach: "Kognitiv og ressourcefokuseret pædagogik",
    description:
      "Systematisk afdækning af borgerens ressourcer, tanker og handlemønstre med faste skemaer som grundlag for mål.",
    active: "Ja",
  },
  {
    method: "Neuropædagogik",
    approach: "Neurofaglig tilgang",
    description:
      "Indsatsen tilrettelægges ud fra en vurdering af borgerens hjernemæssige forudsætninger og funktioner.",
    active: "Ja",
  },
  {
    method: "TEACCH",
    approach: "Struktureret pædagogik",
    description: "Visuel struktur, forudsigelige rammer og tydelige skemaer gør hverdagen overskuelig og selvstændig.",
    active: "Ja",
  },
  {
    method: "Recovery-orienteret praksis",
    approach: "Recovery og rehabilitering",
    description: "Borgerens egne håb og mål styrer indsatsen; medarbejderen støtter vejen mod et meningsfuldt liv.",
    active: "Ja",
  },
  {
    method: "Mentaliseringsbaseret pædagogik",
    approach: "Relationel tilgang",
    description: "Medarbejderen hjælper borgeren med at forstå egne og andres tanker og følelser bag handlinger.",
    active: "Ja",
  },
  {
    method: "Marte Meo",
    approach: "Relationel og udviklingsstøttende tilgang",
    description:
      "Korte videooptagelser af hverdagssituationer bruges til at se og styrke det, der virker i samspillet.",
    active: "Ja",
  },
  {
    method: "Social færdighedstræning",
    approach: "Kognitiv adfærdsmæssig tilgang",
    description: "Trinvis træning af konkrete sociale og praktiske færdigheder med øvelse, feedback og gentagelse.",
    active: "Ja",
  },
  {
    method: "Motiverende samtale",
    approach: "Samtalebaseret tilgang",
    description: "Samtaler, der styrker borgerens egen motivation for forandring uden pres eller diskussion.",
    active: "Ja",
  },
];
