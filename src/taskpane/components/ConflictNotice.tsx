/**
 * A save a colleague's change stopped (RecordConflictError): says so in Danish, shows both versions
 * of each changed column side by side, and lets the user choose. "Indlæs igen" reads the record
 * again and keeps the form open, so the user can make the change on top of the colleague's;
 * "Behold deres" reads it again and leaves the form, keeping the colleague's version.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { CellValue } from "../../domain";
import type { RecordConflictError } from "../../workbook/conflict";

const shown = (v: CellValue): string => (v === null || v === undefined || v === "" ? "(tom)" : String(v));

export function ConflictNotice({
  conflict,
  onReload,
  onKeepTheirs,
}: {
  conflict: RecordConflictError;
  onReload: () => void;
  onKeepTheirs: () => void;
}) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>En kollega har ændret {conflict.id}</MessageBarTitle>
        {conflict.message}
        <Table size="small" aria-label="Din og kollegaens udgave">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Kolonne</TableHeaderCell>
              <TableHeaderCell>Din udgave</TableHeaderCell>
              <TableHeaderCell>Kollegaens udgave</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {conflict.cells.map((c) => (
              <TableRow key={c.key}>
                <TableCell>{c.column}</TableCell>
                <TableCell style={{ overflowWrap: "anywhere" }}>{shown(c.mine)}</TableCell>
                <TableCell style={{ overflowWrap: "anywhere" }}>{shown(c.theirs)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReload}>
          Indlæs igen
        </Button>
        <Button onClick={onKeepTheirs}>Behold deres</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
