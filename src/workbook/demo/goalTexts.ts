/**
 * Danish goal texts for the demo workbook, written the way staff on a botilbud write them: some are
 * complete SMORTE goals, some are vague ("trives bedre"), some are phrased as something to avoid.
 * Texts say "borgeren", never a name.
 */

export interface GoalText {
  /** S: the goal. */
  readonly text: string;
  /** M: how we see it is reached. */
  readonly criterion: string;
  /** O: why it is realistic. */
  readonly achievability: string;
  /** R: the link to the citizen's wishes and the § 141 plan. */
  readonly relevance: string;
  /** E: how and when it is evaluated. */
  readonly evaluation: string;
  /** A measured goal: baseline and target (the target may lie below the baseline). */
  readonly measure?: { readonly baseline: number; readonly target: number };
  /** Sub-goals (delmål) that break the goal into steps. */
  readonly steps?: readonly string[];
}

/** Complete SMORTE goals. */
export const GOOD_GOALS: readonly GoalText[] = [
  {
    text: "Borgeren smører selv sin madpakke om morgenen på hverdage.",
    criterion: "Borgeren smører madpakken selv mindst 4 ud af 5 hverdage.",
    achievability: "Borgeren kan de enkelte trin med guidning og har selv ønsket at kunne mere i køkkenet.",
    relevance: "Borgerens eget ønske om mere selvstændighed; svarer til indsatsformålet i § 141-handleplanen.",
    evaluation: "Kontaktpersonen evaluerer med borgeren hver 3. måned på statusmødet.",
    steps: ["Borgeren finder selv pålæg og brød frem, før madpakken smøres.", "Borgeren pakker madpakken i tasken uden påmindelse."],
  },
  {
    text: "Borgeren handler selv ind i den lokale butik med en indkøbsliste.",
    criterion: "Antal selvstændige indkøbsture om ugen.",
    achievability: "Borgeren har klaret ture med følge og kender vejen til butikken.",
    relevance: "Borgeren ønsker at klare sine egne indkøb; del af handleplanens mål om praktiske færdigheder.",
    evaluation: "Turene noteres i kalenderen og gennemgås hver måned.",
    measure: { baseline: 0, target: 3 },
  },
  {
    text: "Borgeren tager selv sin morgenmedicin fra doseringsæsken.",
    criterion: "Borgeren tager medicinen uden påmindelse alle dage i en uge.",
    achievability: "Borgeren husker medicinen med påmindelse i dag og bruger allerede doseringsæsken.",
    relevance: "Borgerens ønske om at klare sig selv; støtter sundhedsmålet i § 141-handleplanen.",
    evaluation: "Medicinskemaet gennemgås hver 2. måned med borgeren og sundhedsansvarlig.",
  },
  {
    text: "Borgeren deltager i fællesspisningen i huset om torsdagen.",
    criterion: "Borgeren spiser med ved fællesspisningen mindst 2 torsdage om måneden.",
    achievability: "Borgeren deltager allerede af og til, når der er få i spisestuen.",
    relevance: "Borgeren vil gerne have mere samvær med de andre beboere; handleplanens mål om fællesskab.",
    evaluation: "Deltagelsen noteres og evalueres hver 3. måned.",
  },
  {
    text: "Borgeren går en tur på mindst 20 minutter hver dag.",
    criterion: "Antal dage om ugen med en gåtur på mindst 20 minutter.",
    achievability: "Borgeren går i dag ture to gange om ugen og kan lide at gå.",
    relevance: "Borgerens ønske om bedre kondition; sundhedsmål i § 141-handleplanen.",
    evaluation: "Skridttælleren aflæses og gennemgås med kontaktpersonen hver måned.",
    measure: { baseline: 2, target: 7 },
  },
  {
    text: "Borgeren bruger sit visuelle dagsskema til at komme i gang om morgenen.",
    criterion: "Borgeren følger dagsskemaet uden verbal guidning mindst 4 morgener om ugen.",
    achievability: "Borgeren kender billederne og følger skemaet med guidning i dag.",
    relevance: "Giver borgeren ro og forudsigelighed, som borgeren selv efterspørger; handleplanens mål om struktur.",
    evaluation: "Personalet registrerer morgenerne; evalueres hver 2. måned.",
    steps: ["Borgeren flytter selv billedet, når en aktivitet er færdig."],
  },
  {
    text: "Borgeren vasker selv sit tøj i vaskekælderen.",
    criterion: "Borgeren vasker og hænger tøjet op selv én gang om ugen i fire uger i træk.",
    achievability: "Borgeren har vasket med hjælp og kan betjene maskinen.",
    relevance: "Borgeren vil gerne klare sit tøj selv, før borgeren flytter i egen bolig.",
    evaluation: "Evalueres med borgeren hver 3. måned.",
  },
  {
    text: "Borgeren tager bussen alene til dagtilbuddet.",
    criterion: "Borgeren tager bussen alene begge veje mindst 3 dage om ugen.",
    achievability: "Borgeren har kørt ruten med følge i et halvt år og kender stoppestederne.",
    relevance: "Borgerens ønske om at komme og gå selv; mål om mobilitet i § 141-handleplanen.",
    evaluation: "Kontaktpersonen og dagtilbuddet evaluerer sammen hver 3. måned.",
    steps: ["Borgeren køber selv billet i appen.", "Borgeren ringer, hvis bussen er forsinket."],
  },
  {
    text: "Borgeren siger til, når borgeren har brug for en pause i fællesskabet.",
    criterion: "Borgeren beder selv om pause, før uroen bliver for stor, i mindst halvdelen af situationerne.",
    achievability: "Borgeren bruger allerede pausekortet med støtte.",
    relevance: "Borgeren ønsker færre dårlige oplevelser i fællesrummet; handleplanens mål om trivsel.",
    evaluation: "Registreres i dagbogen og evalueres hver måned.",
  },
  {
    text: "Borgeren laver aftensmad én gang om ugen med støtte.",
    criterion: "Borgeren laver en ret fra sin egen opskriftsmappe én gang om ugen.",
    achievability: "Borgeren hjælper allerede til i køkkenet og har valgt retterne selv.",
    relevance: "Borgerens ønske om at kunne lave mad; forbereder flytning til egen bolig.",
    evaluation: "Evalueres hver 2. måned ud fra opskriftsmappen.",
  },
  {
    text: "Borgeren holder styr på sine aftaler med en kalender på telefonen.",
    criterion: "Antal glemte aftaler pr. måned.",
    achievability: "Borgeren bruger telefonen dagligt og har selv foreslået kalenderen.",
    relevance: "Borgeren vil gerne huske sine aftaler selv; mål om selvstændighed i handleplanen.",
    evaluation: "Antallet gøres op hver måned og evalueres hver 3. måned.",
    measure: { baseline: 6, target: 1 },
  },
  {
    text: "Borgeren ringer selv til sin familie hver søndag.",
    criterion: "Borgeren ringer mindst 3 søndage om måneden uden påmindelse.",
    achievability: "Borgeren ringer i dag med påmindelse og glæder sig til samtalerne.",
    relevance: "Borgeren ønsker tættere kontakt til familien; handleplanens mål om netværk.",
    evaluation: "Evalueres med borgeren hver 3. måned.",
  },
  {
    text: "Borgeren deltager i en fritidsaktivitet uden for huset hver uge.",
    criterion: "Borgeren møder op til aktiviteten mindst 3 gange om måneden.",
    achievability: "Borgeren har prøvet aktiviteten to gange og vil gerne fortsætte.",
    relevance: "Borgerens eget ønske om fællesskab uden for tilbuddet; mål om sociale relationer.",
    evaluation: "Fremmødet noteres og evalueres hver 3. måned.",
  },
  {
    text: "Borgeren kommer i seng inden kl. 23 på hverdage.",
    criterion: "Antal hverdagsaftener om ugen, hvor borgeren er i seng inden kl. 23.",
    achievability: "Borgeren er i seng til tiden to aftener om ugen i dag og vil gerne sove bedre.",
    relevance: "Borgeren ønsker at være frisk til arbejdet; sundhedsmål i § 141-handleplanen.",
    evaluation: "Nattevagten noterer tidspunktet; evalueres hver måned.",
    measure: { baseline: 1, target: 5 },
  },
  {
    text: "Borgeren gør selv rent på sit værelse med en tjekliste.",
    criterion: "Borgeren gennemfører tjeklisten én gang om ugen.",
    achievability: "Borgeren kan de enkelte opgaver, når listen er der.",
    relevance: "Borgerens ønske om et pænt værelse at have gæster i.",
    evaluation: "Tjeklisterne gennemgås med borgeren hver 2. måned.",
  },
  {
    text: "Borgeren bruger sin strategi for at falde til ro, når lyde bliver for meget.",
    criterion: "Borgeren tager høreværn på eller går til det stille rum selv i mindst 3 ud af 4 situationer.",
    achievability: "Borgeren kender strategien og bruger den med guidning.",
    relevance: "Borgeren ønsker at kunne være i fællesrummet længere; handleplanens mål om trivsel.",
    evaluation: "Situationerne registreres og evalueres hver måned.",
  },
];

/** Vague goals: concrete words and a success criterion are missing. */
export const VAGUE_GOALS: readonly GoalText[] = [
  { text: "Borgeren skal have det bedre.", criterion: "", achievability: "", relevance: "Borgerens ønske.", evaluation: "" },
  { text: "Trives mere i hverdagen.", criterion: "", achievability: "", relevance: "", evaluation: "Ved næste statusmøde." },
  {
    text: "Blive mere selvstændig.",
    criterion: "At borgeren klarer mere selv.",
    achievability: "",
    relevance: "Handleplanen.",
    evaluation: "",
  },
  { text: "Mere struktur på dagen.", criterion: "", achievability: "Borgeren er motiveret.", relevance: "", evaluation: "" },
  { text: "Have det godt med de andre beboere.", criterion: "", achievability: "", relevance: "", evaluation: "Løbende." },
];

/** Goals phrased as something to avoid or stop. */
export const AVOIDING_GOALS: readonly GoalText[] = [
  {
    text: "Borgeren skal undgå konflikter ved aftensmaden.",
    criterion: "Højst én konflikt om ugen ved aftensmaden.",
    achievability: "Der er færre konflikter, når der er ro ved bordet.",
    relevance: "Borgeren vil gerne spise med de andre.",
    evaluation: "Evalueres hver 3. måned.",
  },
  {
    text: "Borgeren skal holde op med at ryge på værelset.",
    criterion: "Ingen rygning på værelset i en måned.",
    achievability: "Borgeren ryger allerede udenfor om dagen.",
    relevance: "Brandsikkerhed og borgerens helbred.",
    evaluation: "Evalueres hver 2. måned.",
  },
  {
    text: "Mindre tid foran skærmen om aftenen.",
    criterion: "Antal timer med skærm efter kl. 21.",
    achievability: "Borgeren har selv sagt, at skærmen gør det svært at sove.",
    relevance: "Borgerens søvn; sundhedsmål i handleplanen.",
    evaluation: "Evalueres hver måned.",
    measure: { baseline: 4, target: 1 },
  },
];

/** Short, non-identifying follow-up notes. */
export const NOTES: readonly string[] = [
  "",
  "",
  "",
  "Godt i gang.",
  "Har brug for mere støtte om morgenen.",
  "Lykkedes de fleste dage.",
  "Svær periode; justerer støtten.",
  "Borgeren er selv tilfreds med fremskridtet.",
  "Aftalt nye små skridt.",
  "Drøftet på statusmødet med borgeren.",
];
