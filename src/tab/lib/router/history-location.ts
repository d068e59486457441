/**
 * The tab's location on top of the History API: no router dependency, just `pushState` plus an
 * event so React can subscribe (popstate only fires for back/forward). Paths are relative to
 * Vite's base, so the tab works when served from a sub-folder.
 */
const navigateEvent = "tab:navigate";
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

export function currentPath(): string {
  const { pathname } = window.location;
  const inside = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return inside === "" ? "/" : inside;
}

export function currentSearch(): string {
  return window.location.search;
}

export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

export function hrefFor(path: string): string {
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const href = hrefFor(path);
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(navigateEvent));
}
