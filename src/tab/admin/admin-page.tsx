import { makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { holdsRoleOn } from "../../domain/records/role-holder";
import { readRoleHolders } from "../../sharepoint/roles/read-role-holders";
import { siteToday } from "../../sharepoint/roles/site-today";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { AdminTabs } from "./admin-tabs";
import { DataProblemsPanel } from "./data-problems-panel";
import { groupRoleHolders } from "./group-role-holders";
import { PolicyPackPanel } from "./policy-pack-panel";
import { RoleHoldersPanel } from "./role-holders-panel";
import { takeSwitchNotice } from "./switch-notice";

const panels = { roles: "Role holders", policy: "Policy pack", problems: "Data problems" } as const;
type Panel = keyof typeof panels;

const useStyles = makeStyles({
  bar: { marginBottom: "16px" },
});

/** The panel in the address (`#policy`), so a reload or a shared link opens the same one. */
const panelFromHash = (): Panel => {
  const hash = window.location.hash.slice(1);
  return hash in panels ? (hash as Panel) : "roles";
};

/**
 * The Corporate Change Manager's place: who holds which role, the policy pack in use, and every
 * data problem across the lists. Others may look; only the Change Manager may change anything,
 * which src/sharepoint enforces as well.
 */
export default function AdminPage() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const { pack } = usePolicy();
  const [panel, setPanel] = useState<Panel>(panelFromHash);
  const [notice] = useState(takeSwitchNotice);
  const holders = useAsync(() => readRoleHolders(sp), [sp]);
  const today = siteToday();
  const grouped = useMemo(() => (holders.status === "ready" ? groupRoleHolders(holders.data, pack, today) : undefined), [holders, pack, today]);
  const changeManagers = holders.status === "ready" ? holders.data.holders.filter((h) => h.record.roleId === "change-manager" && h.problems.length === 0 && holdsRoleOn(h.record, today)) : [];
  const isChangeManager = changeManagers.some((h) => h.record.person?.id === user.id || h.record.delegate?.id === user.id);
  const choose = (next: Panel) => {
    setPanel(next);
    window.history.replaceState(null, "", `#${next}`);
  };

  return (
    <>
      <PageHeading
        title="Admin"
        lead="For the Corporate Change Manager: role holders, the council's policy pack and problems in the lists."
        after={<Link to="/reviews/register">Annual register review and report</Link>}
      />
      {notice && (
        <MessageBar intent="success" className={styles.bar}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {holders.status === "loading" && <LoadingRows label="Loading role holders" />}
      {holders.status === "error" && <ErrorMessage title="Role holders could not be loaded" message={holders.message} onRetry={holders.reload} />}
      {grouped && (
        <>
          {!isChangeManager && (
            <MessageBar intent="info" layout="multiline" className={styles.bar}>
              <MessageBarBody>
                You can see these settings, but only the Corporate Change Manager
                {changeManagers[0]?.record.person?.title ? ` (${changeManagers[0].record.person.title})` : ""} can change them.
              </MessageBarBody>
            </MessageBar>
          )}
          <AdminTabs tabs={panels} selected={panel} onSelect={choose} label="Admin sections" />
          <div role="tabpanel" id={`admin-panel-${panel}`} aria-labelledby={`admin-tab-${panel}`} tabIndex={0}>
            {panel === "roles" && <RoleHoldersPanel groups={grouped.groups} others={grouped.others} />}
            {panel === "policy" && <PolicyPackPanel canSwitch={isChangeManager} />}
            {panel === "problems" && <DataProblemsPanel />}
          </div>
        </>
      )}
    </>
  );
}
