import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "contrast";

export const themeNames: readonly ThemeName[] = ["light", "dark", "contrast"];

/** Teams says "default", "dark" or "contrast" (and "glass" in newer clients, a light surface). */
export function themeNameFromTeams(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "contrast";
  return "light";
}

export function fluentTheme(name: ThemeName): Theme {
  if (name === "dark") return teamsDarkTheme;
  if (name === "contrast") return teamsHighContrastTheme;
  return teamsLightTheme;
}
