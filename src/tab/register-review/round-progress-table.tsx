import { Badge, Field, Input, makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { OfficerProgress, RoundProgress } from "../../domain/register-review/round-progress";
import { Link } from "../lib/router/link";

const filters = {
  all: "Everyone",
  "not-answered": "Not answered at all",
  outstanding: "Records still outstanding",
  finished: "Finished",
} as const;
type Filter = keyof typeof filters;

const keep: Record<Filter, (o: OfficerProgress) => boolean> = {
  all: () => true,
  "not-answered": (o) => o.notAnswered,
  outstanding: (o) => o.outstanding > 0,
  finished: (o) => o.outstanding === 0,
};

const useStyles = makeStyles({
  controls: { display: "flex", flexWrap: "wrap", gap: "16px", alignItems: "end", marginBottom: "12px" },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, padding: "4px 8px" },
  rowHeader: { textAlign: "start", verticalAlign: "top", fontWeight: tokens.fontWeightSemibold, padding: "8px" },
  cell: { verticalAlign: "top", paddingTop: "8px", paddingBottom: "8px" },
  records: { margin: 0, paddingLeft: "18px" },
  narrow: { width: "12%" },
  officer: { width: "22%" },
});

const officerName = (o: OfficerProgress) => o.officer?.title ?? o.officer?.email ?? "No lead officer named";

function StateBadge({ o }: { o: OfficerProgress }) {
  if (o.outstanding === 0) return <Badge appearance="tint" color="success" shape="rounded">Finished</Badge>;
  if (o.notAnswered) return <Badge appearance="tint" color="danger" shape="rounded">Not answered</Badge>;
  return <Badge appearance="tint" color="warning" shape="rounded">In progress</Badge>;
}

/** Per lead officer: how many of their records are confirmed and outstanding, filterable, as a plain accessible table. */
export function RoundProgressTable({ progress }: { progress: RoundProgress }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const countId = useId();
  const words = search.trim().toLowerCase();
  const shown = progress.officers.filter((o) => keep[filter](o) && (!words || officerName(o).toLowerCase().includes(words)));
  return (
    <>
      <div className={styles.controls}>
        <Field label="Show">
          <Select value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
            {Object.entries(filters).map(([id, label]) => (
              <option key={id} value={id}>
                {label} ({progress.officers.filter(keep[id as Filter]).length})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Lead officer's name">
          <Input value={search} onChange={(_, d) => setSearch(d.value)} aria-describedby={countId} />
        </Field>
        <Text id={countId} role="status">
          Showing {shown.length} of {progress.officers.length} lead officers
        </Text>
      </div>
      <div className={styles.surface}>
        <Table aria-label="Register review progress by lead officer" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" className={styles.officer}>Lead officer</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.narrow}>Confirmed</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.narrow}>Outstanding</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.narrow}>State</TableHeaderCell>
              <TableHeaderCell scope="col">Records</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>No lead officer matches.</TableCell>
              </TableRow>
            )}
            {shown.map((o) => (
              <TableRow key={o.officer?.id ?? "none"}>
                <th scope="row" className={styles.rowHeader}>{officerName(o)}</th>
                <TableCell className={styles.cell}>{o.confirmed}</TableCell>
                <TableCell className={styles.cell}>{o.outstanding}</TableCell>
                <TableCell className={styles.cell}><StateBadge o={o} /></TableCell>
                <TableCell className={styles.cell}>
                  <ul className={styles.records}>
                    {o.items.map((item) => (
                      <li key={item.review.id}>
                        <Link to={`/partnerships/${item.review.arrangementId}`}>{item.arrangement?.name ?? `Arrangement #${item.review.arrangementId}`}</Link>
                        {item.confirmed ? " — confirmed" : " — outstanding"}
                      </li>
                    ))}
                  </ul>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
