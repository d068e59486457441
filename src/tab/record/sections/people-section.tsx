import { Button, makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Representative } from "../../../domain/records/representative";
import type { ListRow } from "../../../sharepoint/read-row";
import type { RepresentativeFormMode } from "../monitoring/representative-form";
import { useSectionForm } from "../monitoring/use-section-form";
import { NothingRecorded } from "../parts/nothing-recorded";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { notRecorded, personName, ukDate, words } from "../view/format";

// Forms are fetched when opened, so the record's first load stays small.
const RepresentativeForm = lazy(() => import("../monitoring/representative-form"));
const InterestForm = lazy(() => import("../monitoring/interest-form"));

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: "8px", margin: "0 0 12px" },
  actions: { display: "flex", gap: "4px", flexWrap: "wrap" },
  bar: { marginBottom: "12px" },
});

type PeopleForm = RepresentativeFormMode | { mode: "interest" };

const term = (start: string | undefined, end: string | undefined) =>
  start || end ? `${start ? ukDate(start, "short") : "Not recorded"} to ${end ? ukDate(end, "short") : "no end date"}` : notRecorded;

/** Who represents the council on the arrangement (joint-working code 11) and their declared interests (default framework 4.3 i–j). */
export function PeopleSection({ data, today, mayEdit, reload }: SectionProps) {
  const styles = useStyles();
  const section = useSectionForm<PeopleForm>(reload);
  const a = data.arrangement.record;
  const ended = (r: ListRow<Representative>) => r.record.termEnd !== undefined && r.record.termEnd < today;
  const loading = <p role="status">Opening the form…</p>;
  const notice = (
    <div>
      {section.notice && (
        <MessageBar intent="success" role="status" className={styles.bar}>
          <MessageBarBody>{section.notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
  const nameOf = (id: number | undefined) => data.representatives.find((r) => r.id === id)?.record.name ?? "A representative no longer listed";
  return (
    <>
      <SectionCard title="Council officers" lead="Who keeps this record current and answers for it.">
        <SimpleTable
          label="Council officers"
          rowKey={(r) => r.role}
          rows={[
            { role: "Lead officer (responsible officer)", who: personName(a.leadOfficer) },
            { role: "Sponsoring officer (accountable service manager)", who: personName(a.sponsoringOfficer) },
            { role: "Lead member", who: personName(a.leadMember) },
          ]}
          columns={[
            { header: "Role", rowHeader: true, cell: (r) => r.role },
            { header: "Person", cell: (r) => r.who },
          ]}
        />
      </SectionCard>
      <SectionCard title="Representatives" lead="Councillors and officers who represent the council on the partnership.">
        {mayEdit && (
          <div className={styles.toolbar}>
            <Button appearance="primary" onClick={() => section.open({ mode: "add" })}>
              Add a representative
            </Button>
          </div>
        )}
        {section.last && section.last.mode !== "interest" && notice}
        {section.form && section.form.mode !== "interest" && (
          <Suspense fallback={loading}>
            <RepresentativeForm arrangementId={data.arrangement.id} form={section.form} today={today} onDone={section.done} onCancel={section.cancel} onReload={section.reload} />
          </Suspense>
        )}
        {data.representatives.length === 0 ? (
          <NothingRecorded>No representatives recorded.</NothingRecorded>
        ) : (
          <SimpleTable
            label="Representatives"
            rowKey={(r) => r.id}
            rows={data.representatives}
            columns={[
              { header: "Name", rowHeader: true, cell: (r) => r.record.name ?? "Unnamed" },
              { header: "Councillor or officer", cell: (r) => words(r.record.type) },
              { header: "Role on the partnership", cell: (r) => r.record.role ?? notRecorded },
              { header: "Term", cell: (r) => `${term(r.record.termStart, r.record.termEnd)}${ended(r) ? " (ended)" : ""}` },
              { header: "Substitute", cell: (r) => (r.record.substitute ? personName(r.record.substitute) : "None") },
              { header: "Last confirmed", cell: (r) => (r.record.confirmedOn ? ukDate(r.record.confirmedOn, "short") : "Not yet") },
              ...(mayEdit
                ? [
                    {
                      header: "Change",
                      cell: (r: ListRow<Representative>) => (
                        <span className={styles.actions}>
                          <Button size="small" aria-label={`Change the appointment of ${r.record.name ?? ""}`} onClick={() => section.open({ mode: "edit", representative: r })}>
                            Change
                          </Button>
                          {!ended(r) && (
                            <Button size="small" aria-label={`End the appointment of ${r.record.name ?? ""}`} onClick={() => section.open({ mode: "end", representative: r })}>
                              End
                            </Button>
                          )}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </SectionCard>
      <SectionCard title="Declarations of interest" lead="Interests declared by representatives and how each conflict is managed.">
        {mayEdit && data.representatives.length > 0 && (
          <div className={styles.toolbar}>
            <Button onClick={() => section.open({ mode: "interest" })}>
              Record a declaration of interest
            </Button>
          </div>
        )}
        {section.last?.mode === "interest" && notice}
        {section.form?.mode === "interest" && (
          <Suspense fallback={loading}>
            <InterestForm arrangementId={data.arrangement.id} representatives={data.representatives} today={today} onDone={section.done} onCancel={section.cancel} onReload={section.reload} />
          </Suspense>
        )}
        {data.interests.length === 0 ? (
          <NothingRecorded>No interests declared.</NothingRecorded>
        ) : (
          <SimpleTable
            label="Declarations of interest"
            rowKey={(i) => i.id}
            rows={data.interests}
            columns={[
              { header: "Interest", rowHeader: true, cell: (i) => i.record.nature ?? notRecorded },
              { header: "Declared by", cell: (i) => nameOf(i.record.representativeId) },
              { header: "Date declared", cell: (i) => ukDate(i.record.dateDeclared, "short") },
              { header: "How it is managed", cell: (i) => i.record.howManaged ?? notRecorded },
            ]}
          />
        )}
      </SectionCard>
    </>
  );
}
