/**
 * What a view shows when the row it was opened for is not among the workbook's usable rows (deleted
 * since, or left out because of an error).
 */
import { Message } from "./Notice";
import { ViewHeader } from "./ViewHeader";

/**
 * @example <MissingRecord title="Mål M0099" what="MålID M0099" where="arket Mål" onBack={() => nav.back()} />
 */
export function MissingRecord({
  title,
  what,
  where,
  onBack,
}: {
  title: string;
  /** The row, e.g. "MålID M0099". */
  what: string;
  /** Where it was looked for, e.g. "arket Mål". */
  where: string;
  onBack: () => void;
}) {
  return (
    <div>
      <ViewHeader title={title} onBack={onBack} />
      <Message
        notice={{
          intent: "warning",
          text: `${what} findes ikke blandt de brugbare rækker på ${where}. Er rækken slettet, eller har den en fejl? Se Vis fejl.`,
        }}
      />
    </div>
  );
}
