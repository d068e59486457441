import { FluentProvider } from "@fluentui/react-components";
import { useEffect } from "react";
import { SessionProvider, type SessionStart } from "../lib/session/session-provider";
import { ThemeToggle } from "../ui/theme-toggle";
import type { HostInfo } from "./host/start-host";
import { TabShell } from "./tab-shell";
import { findRoute } from "./routes";
import { currentPath } from "../lib/router/history-location";
import type { Sp } from "../lib/session/session-sp";

/** The landing page's data starts loading with the session (see TabRoute.prefetch). */
const prefetchCurrentRoute = (sp: Sp) => findRoute(currentPath())?.route.prefetch?.(sp);
import { fluentTheme } from "./theme/theme-name";
import { useThemeName } from "./theme/use-theme-name";

/** The running tab: theme (Teams' or the system's), the session, and the shell with its pages. */
export function App({ host, start }: { host: HostInfo; start: SessionStart }) {
  const theme = useThemeName(host);
  // Let the page's own background and scrollbars follow the theme too, not only Fluent's surfaces.
  useEffect(() => {
    document.documentElement.dataset.theme = theme.name;
    document.documentElement.style.colorScheme = theme.name === "light" ? "light" : "dark";
  }, [theme.name]);
  const toggle = !host.inTeams && start.config.mode === "local" ? <ThemeToggle choice={theme.choice} onChoose={theme.choose} /> : undefined;
  return (
    <FluentProvider theme={fluentTheme(theme.name)} applyStylesToPortals>
      <SessionProvider start={start} prefetch={prefetchCurrentRoute}>
        <TabShell notice={host.notice} tools={toggle} />
      </SessionProvider>
    </FluentProvider>
  );
}
