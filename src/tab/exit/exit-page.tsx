import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { ukToday } from "../../sharepoint/authorise/editor-rule";
import { readArrangementRecord, type ArrangementRecord } from "../../sharepoint/record/read-record";
import { resolveExitRoute } from "../../sharepoint/exit/resolve-exit-route";
import { stateLabels } from "../../domain/lifecycle/states";
import type { PageProps } from "../app/routes";
import { BotWarning } from "../lib/bot/bot-warning";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { navigate } from "../lib/router/history-location";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { ExitForm, exitFieldId } from "./exit-form";
import { exitableStates, mayBeginExit } from "./exit-standing";
import { useBeginExit } from "./use-begin-exit";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
  who: { margin: "0 0 16px", paddingLeft: "20px" },
  box: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, padding: "20px 24px", marginBottom: "16px" },
  h2: { margin: "0 0 8px", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Beginning an exit (DOMAIN.md "Exit and termination"; default framework 5.3, 2.12): the reason from the
 * council's list, notice, succession, liabilities and assets. Saving moves the arrangement to
 * exiting and sends the decision, by card, to the roles the council's policy names.
 */
export default function ExitPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const read = useAsync(() => (valid ? readArrangementRecord(sp, id) : Promise.reject(new Error(`"${params.id ?? ""}" is not an arrangement number`))), [sp, id]);
  // While a reload runs the last copy stays, so what the officer typed is kept (the form reads the new ETag after).
  const [last, setLast] = useState<ArrangementRecord>();
  const ready = read.status === "ready" ? read.data : undefined;
  useEffect(() => {
    if (ready) setLast(ready);
  }, [ready]);
  const data = ready ?? last;
  const name = data?.arrangement.record.name;
  usePageTitle(name ? `Exit: ${name}` : "Begin an exit");
  return (
    <>
      <Link to={`/partnerships/${params.id ?? ""}`} className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the record
      </Link>
      {read.status === "error" && <ErrorMessage title="This arrangement could not be loaded" message={read.message} onRetry={read.reload} />}
      {read.status === "loading" && !data && <LoadingRows label="Loading the arrangement" rows={4} />}
      {data && read.status !== "error" && <ExitJourney data={data} reload={read.reload} />}
    </>
  );
}

function ExitJourney({ data, reload }: { data: ArrangementRecord; reload: () => void }) {
  const styles = useStyles();
  const { user } = useSession();
  const { pack } = usePolicy();
  const today = ukToday();
  const a = data.arrangement.record;
  const name = a.name ?? `Arrangement ${data.arrangement.id}`;
  const exit = useBeginExit(data.arrangement.id, data.arrangement.etag, pack);
  const route = useMemo(() => {
    const holders = data.roleHolders.flatMap((h) => (h.problems.length === 0 && h.record.roleId && h.record.person ? [{ ...h.record, roleId: h.record.roleId, person: h.record.person }] : []));
    const scope = { ...(a.portfolioId !== undefined ? { portfolioId: a.portfolioId } : {}), ...(a.directorateId !== undefined ? { directorateId: a.directorateId } : {}) };
    return resolveExitRoute(pack, holders, scope, today);
  }, [data.roleHolders, a.portfolioId, a.directorateId, pack, today]);
  const roleName = (roleId: string) => pack.roles.find((r) => r.id === roleId)?.name ?? roleId;
  const heading = <PageHeading title={`Begin the exit of ${name}`} lead="The exit records why the arrangement ends, the notice, what continues and how, and what is owed and owned. The people the council's policy names then decide by card; once they approve, the arrangement is ended and stays in the register's history." />;

  if (exit.state.step === "begun") {
    const decided = exit.state.result.state === "ended";
    return (
      <>
        {heading}
        <MessageBar intent="success" layout="multiline" role="status" style={{ marginBottom: 16 }}>
          <MessageBarBody>
            <MessageBarTitle>{decided ? "The arrangement has ended" : "The exit has begun"}</MessageBarTitle>
            {decided ? "The council's policy names nobody else to decide an exit, so it is ended now." : `${name} is now exiting. The decision is on its way, by card, to ${route.stages.find((s) => s.type === "approval")?.people.map((p) => p.title).join(" and ") ?? "the people who decide"}.`}
          </MessageBarBody>
        </MessageBar>
        <BotWarning />
        <Link to={`/partnerships/${data.arrangement.id}`}>Open the record</Link>
      </>
    );
  }
  if (!exitableStates.includes(a.status ?? "")) {
    return (
      <>
        {heading}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {name} is {stateLabels[a.status ?? "proposed"].toLowerCase()}. Only an active arrangement, or one under review, can begin an exit{a.status === "exiting" ? ": its exit is already being decided" : ""}.
          </MessageBarBody>
        </MessageBar>
      </>
    );
  }
  if (!mayBeginExit(data, user.id, today)) {
    return (
      <>
        {heading}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Only the lead officer ({a.leadOfficer?.title ?? "none recorded"}) or the Corporate Change Manager can begin this arrangement's exit.</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  return (
    <>
      {heading}
      <section className={styles.box} aria-labelledby="exit-who">
        <h2 id="exit-who" className={styles.h2}>
          Who decides ({pack.exit.cite})
        </h2>
        <ul className={styles.who}>
          {route.stages.map((stage) => (
            <li key={stage.type}>
              {stage.type === "approval" ? "Decides, by card: " : "Told once it is decided: "}
              {stage.roles.map((role) => `${roleName(role)} (${(stage.byRole[role] ?? []).map((p) => p.title).join(", ") || "nobody holds this role yet"})`).join("; ")}
            </li>
          ))}
        </ul>
        {route.unheld.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>Nobody holds the role of {route.unheld.map(roleName).join(" or ")} for this arrangement: the Change Manager must record who does in Role holders before the exit can be decided.</MessageBarBody>
          </MessageBar>
        )}
      </section>
      <section className={styles.box} aria-labelledby="exit-details">
        <h2 id="exit-details" className={styles.h2}>
          The exit
        </h2>
        <ExitForm
          pack={pack}
          values={exit.values}
          state={exit.state}
          onChange={exit.change}
          onSubmit={() =>
            void exit.submit().then((errors) => {
              const first = (["reasonId", "notice", "succession", "liabilities", "assets"] as const).find((f) => errors[f]);
              if (first) document.getElementById(exitFieldId(first))?.focus();
            })
          }
          onCancel={() => navigate(`/partnerships/${data.arrangement.id}`)}
          onReload={reload}
        />
      </section>
    </>
  );
}
