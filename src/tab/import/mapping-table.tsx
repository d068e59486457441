import { makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { ColumnMapping } from "../../register-files/column-mapping";
import { importFields, type ImportFieldId } from "../../register-files/import-fields";
import type { SourceTable } from "../../register-files/source-table";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  example: { color: tokens.colorNeutralForeground2, maxWidth: "320px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: "260px" },
});

/** One row per column of the file: its header, an example value, and the register field it goes into. */
export function MappingTable({ table, mapping, onChange }: { table: SourceTable; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const styles = useStyles();
  const example = (column: number) => table.rows.find((r) => r.cells[column])?.cells[column] ?? "";
  return (
    <div className={styles.surface}>
      <Table aria-label="Columns of your file and the register fields they go into" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Column in your file</TableHeaderCell>
            <TableHeaderCell scope="col">Example</TableHeaderCell>
            <TableHeaderCell scope="col">Goes into the register as</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.headers.map((header, column) => {
            const field = importFields.find((f) => f.id === mapping[column]);
            return (
              <TableRow key={`${column}-${header}`}>
                <TableCell>{header || `Column ${column + 1} (no name)`}</TableCell>
                <TableCell>
                  <div className={styles.example} title={example(column)}>{example(column) || "—"}</div>
                </TableCell>
                <TableCell>
                  <Select
                    className={styles.select}
                    aria-label={`Register field for the column "${header}"`}
                    value={mapping[column] ?? ""}
                    onChange={(_, data) => onChange(mapping.map((m, i) => (i === column ? ((data.value || null) as ImportFieldId | null) : m)))}
                  >
                    <option value="">Do not import</option>
                    {importFields.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                        {f.required ? " (required)" : ""}
                      </option>
                    ))}
                  </Select>
                  {field && <div className={styles.hint}>{field.hint}</div>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
