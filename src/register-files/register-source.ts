import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import type { Arrangement } from "../domain/records/arrangement";
import type { Directorate } from "../domain/records/reference-data";
import type { Representative } from "../domain/records/representative";
import type { Review } from "../domain/records/review";
import type { Risk } from "../domain/records/risk";

/** One register entry as read: what could be read, and which properties could not. */
export interface RegisterEntry {
  arrangement: Partial<Arrangement> & { id: number };
  /** Properties SharePoint held but we could not read (ListRow problems' `field`). */
  unreadable?: readonly string[];
}

/** Everything the register's columns are drawn from, already read from wherever it lives. */
export interface RegisterSource {
  council: string;
  /** Today, `2026-04-01`: the register's date and the day terms and reviews are judged at. */
  asOf: string;
  pack: PolicyPack;
  entries: readonly RegisterEntry[];
  directorates: readonly Partial<Directorate>[];
  representatives: readonly Partial<Representative>[];
  risks: readonly Partial<Risk>[];
  reviews: readonly Partial<Review>[];
  /** Partnerships columns the list definition marks `confidential: true`. */
  listConfidentialFields?: readonly string[];
}
