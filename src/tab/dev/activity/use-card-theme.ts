import { useSyncExternalStore } from "react";
import type { CardTheme } from "./host-config";

/** The tab's theme as App sets it on <html data-theme>, so cards follow the theme toggle live. */
export function useCardTheme(): CardTheme {
  return useSyncExternalStore(subscribe, read, () => "light");
}

function read(): CardTheme {
  const name = document.documentElement.dataset.theme;
  return name === "dark" || name === "contrast" ? name : "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}
