import { makeStyles } from "@fluentui/react-components";
import { useState, type ComponentType } from "react";
import { ApprovalsSection } from "./sections/approvals-section";
import { AuditSection } from "./sections/audit-section";
import { GovernanceSection } from "./sections/governance-section";
import { MoneySection } from "./sections/money-section";
import { OverviewSection } from "./sections/overview-section";
import { PeopleSection } from "./sections/people-section";
import { ReviewsSection } from "./sections/reviews-section";
import { RisksSection } from "./sections/risks-section";
import { SectionTabs } from "./parts/section-tabs";
import type { SectionProps } from "./section-props";

const sections: { id: string; label: string; Section?: ComponentType<SectionProps> }[] = [
  { id: "overview", label: "Overview", Section: OverviewSection },
  { id: "governance", label: "Governance", Section: GovernanceSection },
  { id: "risks", label: "Risks", Section: RisksSection },
  { id: "money", label: "Performance & money", Section: MoneySection },
  { id: "people", label: "People", Section: PeopleSection },
  { id: "reviews", label: "Reviews", Section: ReviewsSection },
  { id: "approvals", label: "Approvals", Section: ApprovalsSection },
  // The audit trail is read only when its tab is opened.
  { id: "audit", label: "Audit trail" },
];

const useStyles = makeStyles({
  panel: { outline: "none" },
});

/** The record's sections as tabs (arrow keys move between them), one panel shown at a time. */
export function RecordSections(props: SectionProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState("overview");
  const current = sections.find((s) => s.id === selected) ?? sections[0]!;
  return (
    <>
      <SectionTabs tabs={sections} selected={current.id} onSelect={setSelected} label="Sections of the record" idPrefix="record" />
      <div role="tabpanel" id={`record-panel-${current.id}`} aria-labelledby={`record-tab-${current.id}`} tabIndex={0} className={styles.panel}>
        {current.Section ? <current.Section {...props} /> : <AuditSection arrangementId={props.data.arrangement.id} />}
      </div>
    </>
  );
}
