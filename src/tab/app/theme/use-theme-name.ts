import { useEffect, useState, useSyncExternalStore } from "react";
import type { HostInfo } from "../host/start-host";
import { subscribeToSystemTheme, systemThemeName } from "./system-theme";
import { themeNameFromTeams, type ThemeName } from "./theme-name";

export type ThemeChoice = ThemeName | "system";

const choiceKey = "partnership-register.theme";
const isChoice = (v: string | null): v is ThemeChoice => v === "light" || v === "dark" || v === "contrast" || v === "system";

/**
 * Which theme to show. In Teams, Teams decides, live (the officer changes it in Teams' settings).
 * As a web page it follows the system, unless someone picked one with the theme toggle (kept in
 * localStorage for the next visit).
 */
export function useThemeName(host: HostInfo): { name: ThemeName; choice: ThemeChoice; choose(choice: ThemeChoice): void } {
  const [teamsTheme, setTeamsTheme] = useState(host.teamsTheme);
  const [choice, setChoice] = useState<ThemeChoice>(() => {
    const stored = window.localStorage.getItem(choiceKey);
    return isChoice(stored) ? stored : "system";
  });
  const system = useSyncExternalStore(subscribeToSystemTheme, () => systemThemeName((q) => window.matchMedia(q).matches));

  useEffect(() => {
    if (host.inTeams) host.onThemeChange(setTeamsTheme);
  }, [host]);

  const choose = (next: ThemeChoice) => {
    window.localStorage.setItem(choiceKey, next);
    setChoice(next);
  };
  if (host.inTeams) return { name: themeNameFromTeams(teamsTheme), choice: "system", choose };
  return { name: choice === "system" ? system : choice, choice, choose };
}
