import { NothingRecorded } from "../parts/nothing-recorded";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { notRecorded, personName, ukDate, words } from "../view/format";

const term = (start: string | undefined, end: string | undefined) =>
  start || end ? `${start ? ukDate(start, "short") : "Not recorded"} to ${end ? ukDate(end, "short") : "no end date"}` : notRecorded;

/** Who represents the council on the arrangement (dartford 11) and their declared interests (gravesham 4.3 i–j). */
export function PeopleSection({ data }: SectionProps) {
  const a = data.arrangement.record;
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
              { header: "Term", cell: (r) => term(r.record.termStart, r.record.termEnd) },
              { header: "Substitute", cell: (r) => (r.record.substitute ? personName(r.record.substitute) : "None") },
            ]}
          />
        )}
      </SectionCard>
      <SectionCard title="Declarations of interest" lead="Interests declared by representatives and how each conflict is managed.">
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
