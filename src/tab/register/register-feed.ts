import { readRegister, type RegisterData } from "../../sharepoint/register/read-register";
import type { Sp } from "../lib/session/session-sp";

/** One read of the register, page by page, that a page can join even if it started earlier. */
export interface RegisterFeed {
  latest?: RegisterData;
  error?: unknown;
  /** Set once a page has shown it: the next visit to the register reads afresh. */
  taken: boolean;
  listeners: Set<() => void>;
}

const feeds = new WeakMap<Sp, RegisterFeed>();

/**
 * Starts (or joins) the register's read for this session. The shell starts it as soon as the
 * SharePoint client exists when a visit lands on the register, so the register's `$batch` goes
 * out alongside the session's own reads instead of after them (DESIGN.md budget: first rows ≤ 1 s).
 */
export function registerFeed(sp: Sp, options: { fresh?: boolean } = {}): RegisterFeed {
  const existing = feeds.get(sp);
  if (existing && !existing.taken && !options.fresh) return existing;
  const feed: RegisterFeed = { taken: false, listeners: new Set() };
  const tell = () => feed.listeners.forEach((listener) => listener());
  readRegister(sp, {
    onProgress: (data) => {
      feed.latest = data;
      tell();
    },
  }).catch((error: unknown) => {
    console.error("[register] reading the register failed:", error);
    feed.error = error;
    tell();
  });
  feeds.set(sp, feed);
  return feed;
}

/** For the shell: begin reading before the register page has even loaded. */
export function prefetchRegister(sp: Sp): void {
  registerFeed(sp);
}
