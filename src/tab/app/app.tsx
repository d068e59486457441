import { FluentProvider } from "@fluentui/react-components";
import { useEffect } from "react";
import { SessionProvider, type SessionStart } from "../lib/session/session-provider";
import { ThemeToggle } from "../ui/theme-toggle";
import type { HostInfo } from "./host/start-host";
import { TabShell } from "./tab-shell";
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
      <SessionProvider start={start}>
        <TabShell notice={host.notice} tools={toggle} />
      </SessionProvider>
    </FluentProvider>
  );
}
