import { normaliseText, significantWords, wordsAsTyped } from "./text-tokens";
import { trigramSimilarity } from "./trigram-similarity";
import { weightedOverlap, wordWeights } from "./word-weights";

/** An arrangement already on the register, as the matcher needs it. */
export interface SimilarityCandidate {
  id: number;
  name: string;
  partners: readonly string[];
  purpose?: string;
}

/** What the officer has typed so far for a new arrangement. */
export interface SimilarityQuery {
  name?: string;
  partners?: readonly string[];
  purpose?: string;
}

export type MatchReason =
  | { kind: "name"; text: string; words: string[] }
  | { kind: "partner"; text: string; partner: string }
  | { kind: "purpose"; text: string; words: string[] };

export interface SimilarMatch<C extends SimilarityCandidate = SimilarityCandidate> {
  candidate: C;
  /** 0–1: how much of what was typed this arrangement shares. */
  score: number;
  reasons: MatchReason[];
}

export interface FindSimilarOptions {
  /** At most this many matches, best first. */
  limit?: number;
  /** Below this score a match is not worth an officer's attention. */
  minScore?: number;
}

// How much each part of the proposal says about duplication: the name most, then who the
// partners are (joint-working code 4(ii): the register is the reference point for existing partnerships).
const weights = { name: 0.5, partners: 0.3, purpose: 0.2 } as const;
const nameThreshold = 0.34;
const purposeThreshold = 0.2;
const samePartnerThreshold = 0.82;

/**
 * The register's arrangements most like a proposal, each with why it matches ("same partner:
 * Westmarch District Council", "similar name"). Pure and deterministic. Only the parts the officer
 * has filled in count, so a name alone can already find a duplicate.
 */
export function findSimilar<C extends SimilarityCandidate>(query: SimilarityQuery, candidates: readonly C[], options: FindSimilarOptions = {}): SimilarMatch<C>[] {
  const nameWords = significantWords(query.name);
  const purposeWords = significantWords(query.purpose);
  const partners = (query.partners ?? []).map((p) => p.trim()).filter((p) => normaliseText(p).length > 0);
  const present = (nameWords.length ? weights.name : 0) + (partners.length ? weights.partners : 0) + (purposeWords.length ? weights.purpose : 0);
  if (present === 0) return [];

  const prepared = candidates.map((candidate) => ({
    candidate,
    nameWords: new Set(significantWords(candidate.name)),
    allWords: new Set([...significantWords(candidate.name), ...significantWords(candidate.purpose)]),
  }));
  const weight = wordWeights(prepared.map((p) => [...p.allWords]));
  const typed = new Map([...wordsAsTyped(query.purpose), ...wordsAsTyped(query.name)]);
  const asTyped = (words: readonly string[]) => words.map((w) => typed.get(w) ?? w);

  const matches: SimilarMatch<C>[] = [];
  for (const { candidate, nameWords: theirName, allWords } of prepared) {
    const reasons: MatchReason[] = [];
    let total = 0;

    if (nameWords.length) {
      const overlap = weightedOverlap(nameWords, theirName, weight);
      // Trigrams over the telling words only, so "Partnership" in both names proves nothing.
      const spelling = trigramSimilarity(nameWords.join(" "), [...theirName].join(" "));
      const score = Math.max(overlap.score, spelling);
      if (score >= nameThreshold) {
        total += weights.name * score;
        reasons.push({ kind: "name", text: "similar name", words: asTyped(overlap.shared) });
      }
    }

    if (partners.length) {
      const same = partners.flatMap((typed) => {
        const best = bestPartner(typed, candidate.partners);
        return best ? [best] : [];
      });
      if (same.length) {
        total += weights.partners * (same.length / partners.length);
        for (const partner of new Set(same)) reasons.push({ kind: "partner", text: `same partner: ${partner}`, partner });
      }
    }

    if (purposeWords.length) {
      const overlap = weightedOverlap(purposeWords, allWords, weight);
      if (overlap.score >= purposeThreshold && overlap.shared.length >= Math.min(2, purposeWords.length)) {
        total += weights.purpose * overlap.score;
        reasons.push({ kind: "purpose", text: "similar purpose", words: asTyped(overlap.shared) });
      }
    }

    const score = Math.min(1, total / present);
    if (reasons.length && score >= (options.minScore ?? 0.15)) matches.push({ candidate, score: Math.round(score * 100) / 100, reasons });
  }
  return matches.sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name)).slice(0, options.limit ?? 5);
}

/** The candidate's partner that is the one typed (allowing for "The", "&" and a slip of the keys). */
function bestPartner(typed: string, theirs: readonly string[]): string | undefined {
  const plain = (s: string) => normaliseText(s).replace(/^the /, "");
  let best: { name: string; score: number } | undefined;
  for (const name of theirs) {
    const score = plain(name) === plain(typed) ? 1 : trigramSimilarity(plain(typed), plain(name));
    if (score >= samePartnerThreshold && (!best || score > best.score)) best = { name, score };
  }
  return best?.name;
}
