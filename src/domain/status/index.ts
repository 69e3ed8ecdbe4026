/**
 * The status report's room of the domain: one citizen's status over a period, and the name of its
 * sheet. Imported by the pane and the command line from here (not through the domain's main entry,
 * so the custom functions' start-up entry does not carry it).
 */
export {
  citizenStatus,
  type CitizenStatus,
  type StatusGoal,
  type StatusFollowUp,
  type StatusPeriod,
  type LetterState,
} from "./citizenStatus";
export { statusSheetName } from "./sheetName";
