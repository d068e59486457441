import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { readRoleGaps, type RoleGap } from "../../sharepoint/roles/read-role-gaps";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";

const useStyles = makeStyles({
  bar: { marginBottom: "16px" },
  list: { margin: "4px 0", paddingLeft: "20px" },
});

/**
 * Says which roles have no holder, and where the Change Manager fixes that. Nothing when there are
 * none. `onAdmin` is for the Admin page itself, which must not send people to itself.
 */
export function RoleGapsMessage({ gaps, onAdmin = false }: { gaps: readonly RoleGap[]; onAdmin?: boolean }) {
  const styles = useStyles();
  if (gaps.length === 0) return null;
  const one = gaps.length === 1;
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{one ? "A role has no holder today" : `${gaps.length} roles have no holder today`}</MessageBarTitle>
        <ul className={styles.list}>
          {gaps.map((g) => (
            <li key={g.roleId}>{g.name}</li>
          ))}
        </ul>
        Approval stages that need {one ? "this role" : "these roles"} cannot be sent to anyone until the Change Manager records a holder
        {onAdmin ? " in the RoleHolders list." : <> on the <Link to="/admin">Admin page</Link>.</>}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * For any screen that depends on people holding roles (a record's route, the wizard): reads the
 * role holders and warns about each of `roles` (pack role ids; all the pack's roles when left out)
 * that nobody holds today.
 */
export function RoleGapsWarning({ roles }: { roles?: readonly string[] }) {
  const { sp } = useSession();
  const { pack } = usePolicy();
  const key = roles?.join(",") ?? "";
  const gaps = useAsync(() => readRoleGaps(sp, pack, roles ? { roles } : {}), [sp, pack, key]);
  if (gaps.status === "error") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>We could not check who holds the council's roles: {gaps.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return gaps.status === "ready" ? <RoleGapsMessage gaps={gaps.data} /> : null;
}
