/**
 * Builders of typed domain records (WorkbookData) for tests of the computations that come after
 * reading: fill in only the fields a test is about.
 */
import { dayFromYmd } from "../../src/domain/dates";
import { DEFAULT_SCALE, SETTING_KEYS } from "../../src/domain/schema";
import type {
  Citizen,
  DayNumber,
  FollowUp,
  Goal,
  Method,
  ScaleStep,
  Settings,
  TargetGroup,
  WorkbookData,
} from "../../src/domain/types";

/** "2026-03-01" → 46082. */
export const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  const serial = dayFromYmd(y, m, d);
  if (serial === null) throw new Error(`not a date: ${iso}`);
  return serial;
};

let nextRow = 2;
const row = (): number => nextRow++;

export const citizen = (c: Partial<Citizen> & Pick<Citizen, "citizenId">): Citizen => ({
  row: row(),
  name: "",
  targetGroup: "Udviklingshæmning",
  department: "",
  enrolled: null,
  discharged: null,
  contactPerson: "",
  ...c,
});

/** A goal that is SMORTE-complete unless a test says otherwise. */
export const goal = (g: Partial<Goal> & Pick<Goal, "goalId" | "citizenId">): Goal => ({
  row: row(),
  parentId: "",
  goalType: "Udvikle",
  text: "Borgeren smører selv sin madpakke om morgenen på hverdage.",
  successCriterion: "Smører madpakken selv mindst 4 ud af 5 hverdage.",
  achievability: "Borgeren har klaret lignende før med støtte.",
  relevance: "Borgerens eget ønske; følger indsatsformålet i § 141-handleplanen.",
  startDate: day("2025-01-01"),
  endDate: day("2026-12-31"),
  evaluation: "Evalueres med borgeren hver 3. måned på statusmødet.",
  method: "",
  baseline: null,
  target: null,
  weight: 1,
  interval: null,
  involved: null,
  responsible: "",
  status: "Aktiv",
  ...g,
});

export const followUp = (f: Partial<FollowUp> & Pick<FollowUp, "followUpId" | "goalId" | "date">): FollowUp => ({
  row: row(),
  assessment: "",
  measurement: null,
  gas: null,
  note: "",
  doneBy: "",
  ...f,
});

export const defaultSettings: Settings = {
  offerName: "Bostedet Eksempel",
  offerId: "T-0001",
  region: "Region Nordjylland",
  minCount: SETTING_KEYS.minCount.default,
  gasRho: SETTING_KEYS.gasRho.default,
  interval: SETTING_KEYS.interval.default,
};

export interface DataParts {
  citizens?: Citizen[];
  goals?: Goal[];
  followUps?: FollowUp[];
  methods?: Method[];
  targetGroups?: TargetGroup[];
  scale?: ScaleStep[];
  settings?: Partial<Settings>;
  today?: DayNumber;
}

/** A WorkbookData from parts: default scale and settings, nothing left out. */
export const workbook = (parts: DataParts): WorkbookData => ({
  citizens: parts.citizens ?? [],
  goals: parts.goals ?? [],
  followUps: parts.followUps ?? [],
  methods: parts.methods ?? [],
  targetGroups: parts.targetGroups ?? [],
  scale: parts.scale ?? DEFAULT_SCALE.map((s) => ({ ...s })),
  settings: { ...defaultSettings, ...parts.settings },
  leftOut: [],
  inputRows: {
    Borgere: parts.citizens?.length ?? 0,
    Maal: parts.goals?.length ?? 0,
    Opfoelgning: parts.followUps?.length ?? 0,
  },
  today: parts.today ?? day("2027-01-15"),
});

/** One line of a population: `citizens` citizens of `targetGroup`, each with one goal under `method`. */
export interface Cohort {
  readonly targetGroup: string;
  readonly method: string;
  readonly citizens: number;
  /** Assessment of each citizen's 2026 follow-up (default "Opnået"). */
  readonly assessment?: string;
}

/**
 * A workbook of cohorts: every citizen gets one goal under the cohort's method and one follow-up dated
 * 2026-06-01. Citizen ids are P0001, P0002, … in order.
 */
export function population(cohorts: readonly Cohort[], settings: Partial<Settings> = {}): WorkbookData {
  const citizens: Citizen[] = [];
  const goals: Goal[] = [];
  const followUps: FollowUp[] = [];
  let n = 0;
  for (const cohort of cohorts) {
    for (let i = 0; i < cohort.citizens; i++) {
      n++;
      const id = String(n).padStart(4, "0");
      citizens.push(citizen({ citizenId: `P${id}`, targetGroup: cohort.targetGroup }));
      goals.push(goal({ goalId: `G${id}`, citizenId: `P${id}`, method: cohort.method }));
      followUps.push(
        followUp({
          followUpId: `F${id}`,
          goalId: `G${id}`,
          date: day("2026-06-01"),
          assessment: cohort.assessment ?? "Opnået",
        }),
      );
    }
  }
  return workbook({ citizens, goals, followUps, settings });
}
