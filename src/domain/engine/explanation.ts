import type { StageType } from "../policy-pack/pack-schema";
import type { CalendarEntry } from "../review-calendar/calendar-types";

/** One outcome of the engine and the rule behind it, in words an officer understands. */
export interface Reason {
  topic: "screening" | "kind" | "category" | "sections" | "route" | "participants" | "requirements" | "checklist" | "reviews";
  text: string;
  cite: string;
}

export interface ScoreWorking {
  percent: number;
  metWeight: number;
  totalWeight: number;
  criteria: { id: string; text: string; weight: number; met: boolean; cite: string }[];
  threshold: { category: string; minPercent: number; cite: string };
  cite: string;
  note?: string;
}

export interface ExplainedStage {
  type: StageType;
  roles: string[];
  roleNames: string[];
  label: string;
  cite: string;
}

export interface Explanation {
  pack: { id: string; name: string; version: string };
  screening: { result: "in" } | { result: "out"; exclusion: { id: string; label: string; alternative: string }; cite: string };
  kind: { id: string; name: string; cite: string };
  subtype: { id: string; name: string; cite: string } | null;
  category: { id: string; name: string; cite: string } | null;
  score: ScoreWorking | null;
  sections: { required: { id: string; name: string }[]; optional: { id: string; name: string }[]; cite: string | null };
  route: ExplainedStage[];
  routeInfo: { id: string; name: string; cite: string; advice: { text: string; cite: string }[] } | null;
  participants: { role: string; roleName: string; reason: string; cite: string }[];
  requirements: { exitStrategy: { required: boolean; cite?: string }; riskAssessment: { required: boolean; cite?: string } };
  checklist: { id: string; name: string; cite: string; items: { id: string; text: string; cite: string }[] } | null;
  /** The review calendar, when the explanation is drawn for a date. */
  reviews: CalendarEntry[];
  reasons: Reason[];
}
