import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo } from "react";
import { usePackLabels, usePolicy } from "../lib/policy/policy-context";
import { useSession } from "../lib/session/session-context";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { filterOptions } from "./filter-options";
import { filterRegister } from "./filter-register";
import { packGroupsOf } from "./pack-groups";
import { RegisterGrid } from "./register-grid";
import { RegisterViews } from "./register-views";
import { savedViews, type ViewContext } from "./saved-views";
import { searchMatcher } from "./search-register";
import { sortRegister } from "./sort-register";
import { todayInLondon } from "./today-in-london";
import { useRegisterData } from "./use-register-data";
import { useRegisterQuery } from "./use-register-query";
import type { ViewId } from "./register-query";

const RegisterToolbar = lazy(() => import("./register-toolbar"));

const useStyles = makeStyles({
  // Holds the toolbar's place while its chunk loads, so nothing below jumps.
  toolbarSpace: { minHeight: "160px", marginBottom: "12px", borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  viewNote: { display: "block", color: tokens.colorNeutralForeground2, margin: "4px 0 12px" },
  count: { display: "flex", gap: "12px", alignItems: "baseline", margin: "4px 0 8px", color: tokens.colorNeutralForeground2 },
  strong: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

const plural = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "arrangement" : "arrangements"}`;

/** The register: every partnership, shared service and working group, to sort, filter and search. */
export default function RegisterPage() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const { pack } = usePolicy();
  const labels = usePackLabels();
  const { state, reload } = useRegisterData(sp);
  const [query, update] = useRegisterQuery();
  const today = todayInLondon();
  const context: ViewContext = useMemo(() => ({ userId: user.id, today }), [user.id, today]);
  const views = useMemo(() => savedViews(packGroupsOf(pack)), [pack]);
  const view = views.find((v) => v.id === query.view) ?? views[0];

  const data = state.status === "ready" ? state.data : state.status === "error" ? state.partial : undefined;
  const all = useMemo(() => data?.rows ?? [], [data]);
  const shown = useMemo(
    () => sortRegister(filterRegister(all, query, view, context), query.sort, query.descending, labels),
    // `labels` is rebuilt every render from the pack; the pack is what it depends on.
    [all, query, view, context, pack],
  );
  const viewCounts = useMemo(() => new Map<ViewId, number>(views.map((v) => [v.id, all.filter((row) => v.includes(row, context)).length])), [views, all, context]);
  const options = useMemo(() => {
    const matches = searchMatcher(query.text);
    const inView = all.filter((row) => (view ? view.includes(row, context) : true) && matches(row));
    return filterOptions(inView, { kinds: pack.kinds, categories: pack.categories, directorates: data?.directorates ?? [], portfolios: data?.portfolios ?? [], today });
  }, [all, view, context, query.text, pack, data, today]);

  const clear = () => update({ text: "", kinds: [], categories: [], statuses: [], directorates: [], portfolios: [], review: [], problems: false });
  return (
    <>
      <PageHeading title="Register of partnerships" lead="Every partnership, shared service and working group the council takes part in." />
      <RegisterViews views={views} counts={viewCounts} selected={view?.id ?? "all"} onSelect={(id) => update({ view: id })} />
      {view && <Text className={styles.viewNote}>{view.description}</Text>}
      <Suspense fallback={<div className={styles.toolbarSpace} />}>
        <RegisterToolbar query={query} update={update} options={options} />
      </Suspense>
      {state.status === "loading" && <LoadingRows label="Loading the register" rows={8} />}
      {state.status === "error" && <ErrorMessage title={data ? "Part of the register could not be loaded" : "The register could not be loaded"} message={state.message} onRetry={reload} />}
      {data && (
        <>
          <div className={styles.count} role="status" aria-live="polite">
            <span>
              Showing <span className={styles.strong}>{shown.length.toLocaleString("en-GB")}</span> of {plural(all.length)}
            </span>
            {!data.complete && state.status === "ready" && <span>Loading the rest of the register…</span>}
          </div>
          {all.length === 0 ? (
            <EmptyState title="The register is empty">No partnerships, shared services or working groups have been recorded yet.</EmptyState>
          ) : shown.length === 0 ? (
            <EmptyState title="No arrangements match">
              Try fewer filters or other words. <Button appearance="transparent" onClick={clear}>Clear filters</Button>
            </EmptyState>
          ) : (
            <RegisterGrid
              rows={shown}
              label="Register of partnerships"
              sort={query.sort}
              descending={query.descending}
              onSort={(key) => update({ sort: key, descending: key === query.sort ? !query.descending : false }, { replace: true })}
              today={today}
              labels={labels}
            />
          )}
        </>
      )}
    </>
  );
}
