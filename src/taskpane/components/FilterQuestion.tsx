/**
 * A new record Excel would not take because a filter hides rows of its table (FilteredTableError):
 * says so in Danish and asks. "Ryd filteret og gem" clears the table's filter and saves; "Annuller"
 * leaves the filter and saves nothing (the form keeps what the user typed). The filter is the
 * workbook's, shared with every co-author, which is why the pane asks instead of clearing it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FilteredTableError } from "../../workbook/conflict";

export function FilterQuestion({
  filtered,
  onClear,
  onCancel,
}: {
  filtered: FilteredTableError;
  onClear: () => void;
  onCancel: () => void;
}) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Tabellen {filtered.table} er filtreret</MessageBarTitle>
        Et filter på arket {filtered.sheet} skjuler rækker, og Excel tager ikke en ny række ind i en filtreret tabel.
        Intet er gemt endnu. Vil du rydde filteret og gemme? Filteret gælder alle, der arbejder i arbejdsbogen.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onClear}>
          Ryd filteret og gem
        </Button>
        <Button onClick={onCancel}>Annuller</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
