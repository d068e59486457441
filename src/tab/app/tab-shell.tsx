import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";
import { usePath } from "../lib/router/use-location";
import { useSession } from "../lib/session/session-context";
import { PolicyProvider } from "../lib/policy/policy-context";
import { AppHeader } from "../ui/app-header";
import { AppNav } from "../ui/app-nav";
import { ErrorBoundary } from "../ui/error-boundary";
import { LoadingRows } from "../ui/loading-rows";
import { NotFound } from "../ui/not-found";
import { usePageTitle } from "../ui/page-title";
import { SkipLink } from "../ui/skip-link";
import { findRoute, sections } from "./routes";

/*
 * Compile-time gate (DESIGN.md "Identity"): in a production build `import.meta.env.DEV` is false,
 * so this import is dead code and the switcher's chunk is never emitted. The mode check at render
 * time keeps it out of a development build that talks to a tenant.
 */
const PersonSwitcher = import.meta.env.DEV ? lazy(() => import("../dev/person-switcher")) : undefined;
/* Same gate: the local person's cards from the approvals bot (src/tab/dev/activity). */
const ActivityButton = import.meta.env.DEV ? lazy(() => import("../dev/activity/activity-button")) : undefined;

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  top: { backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, boxShadow: tokens.shadow2 },
  main: { flexGrow: 1, width: "100%", maxWidth: "1200px", margin: "0 auto", padding: "24px", boxSizing: "border-box", ":focus": { outline: "none" } },
  notice: { maxWidth: "1200px", margin: "12px auto 0", padding: "0 24px", boxSizing: "border-box", width: "100%" },
});

export function TabShell({ notice, tools }: { notice?: string; tools?: ReactNode }) {
  const styles = useStyles();
  const path = usePath();
  const { config, user, mode } = useSession();
  const found = findRoute(path);
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(path);
  usePageTitle(found?.route.title ?? "Page not found");

  // After an in-tab navigation, move focus to the new page so screen readers start reading it.
  useEffect(() => {
    if (path === shownPath.current) return;
    shownPath.current = path;
    mainRef.current?.focus();
  }, [path]);

  const showSwitcher = PersonSwitcher !== undefined && mode === "local";
  const Page = found?.route.Page;
  return (
    <div className={styles.root}>
      <SkipLink target="main" />
      <div className={styles.top}>
        <AppHeader
          councilName={config.councilName}
          userName={showSwitcher ? undefined : user.title}
          tools={
            <>
              {tools}
              {showSwitcher && (
                <Suspense fallback={null}>
                  {ActivityButton && <ActivityButton />}
                  <PersonSwitcher />
                </Suspense>
              )}
            </>
          }
        />
        <AppNav items={sections.map((s) => ({ to: s.to, label: s.label, current: s.section === found?.route.section }))} />
      </div>
      {notice && (
        <div className={styles.notice}>
          <MessageBar intent="warning">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        <ErrorBoundary key={path}>
          <PolicyProvider>
            <Suspense fallback={<LoadingRows label="Loading the page" />}>{Page && found ? <Page params={found.params} /> : <NotFound />}</Suspense>
          </PolicyProvider>
        </ErrorBoundary>
      </main>
    </div>
  );
}
