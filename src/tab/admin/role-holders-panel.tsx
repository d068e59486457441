import { makeStyles, tokens } from "@fluentui/react-components";
import { usePolicy } from "../lib/policy/policy-context";
import { RoleGapsMessage } from "../ui/role-gaps-warning";
import type { RoleGroup } from "./group-role-holders";
import { RoleHoldersTable } from "./role-holders-table";

const useStyles = makeStyles({
  h2: { margin: "0 0 8px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: "28px 0 8px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
});

/** Who holds each role of the pack in use, and which roles nobody holds. */
export function RoleHoldersPanel({ groups, others }: { groups: readonly RoleGroup[]; others: readonly RoleGroup[] }) {
  const styles = useStyles();
  const { pack } = usePolicy();
  const gaps = groups.filter((g) => g.gap).map((g) => ({ roleId: g.roleId, name: g.name, type: pack.roles.find((r) => r.id === g.roleId)?.type ?? "person" }));
  return (
    <>
      <h2 className={styles.h2}>Role holders</h2>
      <p className={styles.lead}>
        The roles of {pack.name} and who holds them. Approval routes send opinions and approvals to these people; the Change Manager keeps the RoleHolders
        list current.
      </p>
      <RoleGapsMessage gaps={gaps} onAdmin />
      <RoleHoldersTable groups={groups} label={`Roles of ${pack.name}`} />
      {others.length > 0 && (
        <>
          <h3 className={styles.h3}>Holders of roles this pack does not use</h3>
          <p className={styles.lead}>Kept on the list for other packs and for decisions already recorded under them.</p>
          <RoleHoldersTable groups={others} label="Roles this pack does not use" showGaps={false} />
        </>
      )}
    </>
  );
}
