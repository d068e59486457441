import type { ThemeName } from "./theme-name";

/** The browser's own preference: forced colours (Windows contrast themes) win over dark/light. */
export function systemThemeName(matches: (query: string) => boolean): ThemeName {
  if (matches("(forced-colors: active)")) return "contrast";
  return matches("(prefers-color-scheme: dark)") ? "dark" : "light";
}

export function subscribeToSystemTheme(onChange: () => void): () => void {
  const queries = ["(forced-colors: active)", "(prefers-color-scheme: dark)"].map((q) => window.matchMedia(q));
  queries.forEach((q) => q.addEventListener("change", onChange));
  return () => queries.forEach((q) => q.removeEventListener("change", onChange));
}
