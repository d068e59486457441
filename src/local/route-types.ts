import type { MetadataMode } from "./odata-format";
import type { SiteUser } from "./model";
import type { SiteStore } from "./site-store";

/** A request as the router sees it: from the HTTP server or from one part of a `$batch`. */
export interface SpRequest {
  /** The real verb: X-HTTP-Method (MERGE, DELETE…) already applied over POST. */
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  body: string;
}

export interface SpResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

export interface RouteContext {
  store: SiteStore;
  /** Absolute URL of the site, from the request's own origin (works behind Vite on one origin). */
  siteUrl: string;
  mode: MetadataMode;
  user: SiteUser;
  req: SpRequest;
}

/** Segments after `_api/`, e.g. `web`, `lists`, `getbytitle('X')`, `items(3)`. */
export interface Segment {
  /** Lower-cased name before any parenthesis. */
  name: string;
  /** The raw argument inside parentheses, if any. */
  arg?: string;
}
