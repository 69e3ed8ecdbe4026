/**
 * Socialtilsynenes "Kvalitetsmodel for tilbud 2025": the five quality themes, their criteria and the
 * quality markers that make each criterion operational, as data. The Danish texts are the model's own
 * official names. Numbering: theme "1", criterion "1.1", marker "1.1.3" — the model numbers the markers
 * of a criterion 1, 2, 3 … in its assessment form, in the order listed.
 */

export interface QualityMarker {
  readonly id: string;
  readonly text: string;
}

export interface QualityCriterion {
  readonly id: string;
  readonly text: string;
  readonly markers: readonly QualityMarker[];
}

export interface QualityTheme {
  readonly id: string;
  /** Theme number as the model writes it: "Tema 1". */
  readonly title: string;
  readonly name: string;
  readonly criteria: readonly QualityCriterion[];
}

const criterion = (id: string, text: string, markers: readonly string[]): QualityCriterion => ({
  id,
  text,
  markers: markers.map((m, i) => ({ id: `${id}.${i + 1}`, text: m })),
});

export const QUALITY_MODEL_YEAR = 2025;

export const QUALITY_MODEL_2025: readonly QualityTheme[] = [
  {
    id: "1",
    title: "Tema 1",
    name: "Målgruppe, metoder og resultater",
    criteria: [
      criterion(
        "1.1",
        "Tilbuddet arbejder med afsæt i en tydelig målgruppebeskrivelse systematisk med faglige tilgange og metoder, der fører til positive resultater for borgerne",
        [
          "Tilbuddet har en tydelig målgruppebeskrivelse, kan redegøre herfor og arbejde hermed",
          "Tilbuddet anvender faglige tilgange og metoder, der er i overensstemmelse med målgruppens behov",
          "Tilbuddet arbejder relevant med resultatdokumentation",
          "Tilbuddet samarbejder relevant med eksterne aktører for understøttelse af tilbuddets indsats og målgruppens behov",
        ],
      ),
    ],
  },
  {
    id: "2",
    title: "Tema 2",
    name: "Sundhed og trivsel",
    criteria: [
      criterion("2.1", "Tilbuddet understøtter borgernes selv- og medbestemmelse", [
        "Tilbuddet understøtter i hverdagens praksis borgernes inddragelse og selv- og medbestemmelse",
      ]),
      criterion("2.2", "Tilbuddet understøtter borgernes fysiske og mentale sundhed og trivsel", [
        "Tilbuddet understøtter borgernes mentale sundhed og trivsel",
        "Tilbuddet understøtter borgernes fysiske sundhed og trivsel",
      ]),
      criterion("2.3", "Tilbuddet forebygger magtanvendelser", [
        "Tilbuddets pædagogiske praksis forebygger magtanvendelser",
        "Tilbuddet har relevant praksis for dokumentation, håndtering og læring af magtanvendelser",
      ]),
      criterion("2.4", "Tilbuddet forebygger vold og overgreb", [
        "Tilbuddets pædagogiske praksis forebygger vold og overgreb",
        "Tilbuddet har en relevant praksis for registrering, håndtering og læring af episoder med vold og overgreb",
      ]),
    ],
  },
  {
    id: "3",
    title: "Tema 3",
    name: "Organisation og ledelse",
    criteria: [
      criterion("3.1", "Tilbuddet har en kompetent ledelse", [
        "Tilbuddets ledelse udviser kompetent og ansvarlig faglig, strategisk og økonomisk ledelse af tilbuddet",
        "Tilbuddet har en kompetent og aktiv bestyrelse",
      ]),
      criterion("3.2", "Tilbuddets daglige drift varetages kompetent", [
        "Borgerne har tilstrækkelig kontakt til medarbejdere med relevante kompetencer",
        "Tilbuddets ledelse sikrer en hensigtsmæssig organisering af kompetencer",
      ]),
    ],
  },
  {
    id: "4",
    title: "Tema 4",
    name: "Kompetencer",
    criteria: [
      criterion(
        "4.1",
        "Tilbuddets medarbejdere besidder relevante kompetencer i forhold til målgruppens behov og tilbuddets metoder",
        [
          "Tilbuddets medarbejdere har samlet set faglige, relationelle og personlige kompetencer der matcher målgruppens aktuelle behov",
          "Medarbejderne møder borgerne med respekt og anerkendelse og understøtter deres retssikkerhed",
        ],
      ),
    ],
  },
  {
    id: "5",
    title: "Tema 5",
    name: "Fysiske rammer",
    criteria: [
      criterion("5.1", "Tilbuddets fysiske rammer understøtter borgernes udvikling og trivsel", [
        "Tilbuddets omgivelser, indretning, faciliteter og stand understøtter målgruppens behov og formålet med indsatsen",
        "Tilbuddets fysiske rammer understøtter borgernes trivsel, mulighed for deltagelse i sociale fællesskaber og ret til privatliv",
        "Tilbuddets fysiske rammer understøtter tryghed og sikkerhed",
      ]),
    ],
  },
];

/**
 * Tema 1's marker "Tilbuddet arbejder relevant med resultatdokumentation": the annual evaluation's
 * figures are evidence for it.
 */
export const RESULT_DOCUMENTATION_MARKER_ID = "1.1.3";

/**
 * Tema 2's marker "Tilbuddet har en relevant praksis for registrering, håndtering og læring af
 * episoder med vold og overgreb": the overgreb register and its analysis are evidence for it.
 */
export const INCIDENTS_MARKER_ID = "2.4.2";

/** Every criterion of the model, in order. */
export const qualityCriteria = (): QualityCriterion[] => QUALITY_MODEL_2025.flatMap((t) => t.criteria);

/** Every marker of the model, in order, with its criterion and theme ids. */
export const qualityMarkers = (): Array<QualityMarker & { criterionId: string; themeId: string }> =>
  QUALITY_MODEL_2025.flatMap((t) =>
    t.criteria.flatMap((c) => c.markers.map((m) => ({ ...m, criterionId: c.id, themeId: t.id }))),
  );

/**
 * A marker by id.
 * @example qualityMarker("1.1.3")?.text // "Tilbuddet arbejder relevant med resultatdokumentation"
 */
export const qualityMarker = (id: string): QualityMarker | undefined => qualityMarkers().find((m) => m.id === id);
