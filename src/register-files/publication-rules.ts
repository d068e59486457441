import { matchesSelector } from "../domain/policy-pack/match-selector";
import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import type { Arrangement } from "../domain/records/arrangement";
import { arrangementSubject } from "./arrangement-subject";

/**
 * States in which an arrangement is one the council has agreed to take part in. Proposals still
 * being screened, evaluated or approved, and ones rejected, screened out or withdrawn, are not
 * partnerships of the council yet (or ever), so the public register does not list them; ended
 * arrangements stay, as the register keeps its history (DOMAIN.md "Exit and termination").
 */
export const publishedStates: readonly string[] = ["active", "under-review", "exiting", "ended"];

/** Properties a publication decision reads: if SharePoint could not read one, we cannot decide safely. */
const decidingProperties = ["confidential", "kind", "subtype", "category", "status", "councilContribution", "statutory", "memberInvolvement", "publicFacing", "startDate"];

export type PublicationDecision = { published: true } | { published: false; reason: string; cite?: string };

/**
 * Whether one arrangement appears on the published register, and if not, why — in the order a
 * Change Manager would check: an entry we cannot read is never published (fail safe), then the
 * arrangement's own Confidential flag, then its state, then the pack's exclusions (default framework
 * 5.9c leaves out ad hoc arrangements).
 */
export function publicationDecision(arrangement: Partial<Arrangement>, pack: PolicyPack, unreadable: readonly string[] = []): PublicationDecision {
  const blocking = unreadable.filter((p) => decidingProperties.includes(p));
  if (blocking.length > 0 || !arrangement.kind || !arrangement.status) {
    return { published: false, reason: "its register entry has a problem to fix first (it could not be read well enough to decide whether it may be published)" };
  }
  if (arrangement.confidential === true) {
    return { published: false, reason: "it is marked confidential on the register", cite: pack.publication.cite };
  }
  if (!publishedStates.includes(arrangement.status)) {
    return { published: false, reason: "the council has not agreed to take part in it (it is a proposal, or was rejected, screened out or withdrawn)" };
  }
  const subject = arrangementSubject(arrangement);
  const exclusion = pack.publication.exclude.find((rule) => matchesSelector(rule.when, subject, pack));
  if (exclusion) return { published: false, reason: exclusion.reason, cite: exclusion.cite };
  return { published: true };
}

/**
 * Internal names never published: the pack's list and every column the list definitions mark
 * confidential (the caller passes those, since this folder does not read SharePoint).
 */
export function confidentialFieldSet(pack: PolicyPack, listConfidentialFields: readonly string[] = []): Set<string> {
  return new Set([...pack.publication.confidentialFields, ...listConfidentialFields]);
}
