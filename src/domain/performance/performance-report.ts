import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Arrangement } from "../records/arrangement";
import type { BudgetFigure } from "../records/budget-figure";
import type { PerformanceMeasure } from "../records/performance-measure";
import { riskScore, type Risk } from "../records/risk";
import { yearMonitoring } from "./budget-monitoring";
import { budgetVariance, type Variance } from "./budget-variance";
import type { HalfYear } from "./half-year";
import { measureStatus } from "./measure-status";
import { isKeyPartnership } from "./monitoring-scope";
import type { RagRating } from "./rag-rating";
import { ragTolerance } from "./rag-tolerance";

/** States in which an arrangement was running and so reported on. */
const running = new Set(["active", "under-review", "exiting", "ended"]);

export interface ReportMeasure {
  name: string;
  target?: number;
  unit?: string;
  higherIsBetter: boolean;
  latest?: { period: string; value: number };
  rating?: RagRating;
}

export interface ReportRisk {
  title: string;
  likelihood: number;
  impact: number;
  score: number;
  owner?: string;
  mitigation?: string;
}

export interface KeyPartnershipReport {
  id: number;
  name: string;
  category?: string;
  measures: ReportMeasure[];
  rag: Record<RagRating | "unrated", number>;
  /** The half year's quarters with both figures: budget, actual and the variance. */
  budget: { budget: number; actual: number; variance?: Variance; quartersReported: number };
  topRisks: ReportRisk[];
}

export interface PerformanceReport {
  half: HalfYear;
  tolerancePercent: number;
  partnerships: KeyPartnershipReport[];
  /** Which rule chose the partnerships, with its citation. */
  keyRule?: string;
}

export interface ReportSource {
  arrangements: readonly { id: number; record: Partial<Arrangement> }[];
  measures: readonly Partial<PerformanceMeasure>[];
  budget: readonly Partial<BudgetFigure>[];
  /** Each risk with the day it was recorded, so a later risk never appears in an earlier report. */
  risks: readonly { record: Partial<Risk>; recordedOn?: string }[];
}

const ragOrder: Record<RagRating | "unrated", number> = { red: 0, amber: 1, green: 2, unrated: 3 };

/**
 * The executive's bi-annual report of key partnerships (DOMAIN.md "Monitoring"; the pack says
 * which are key): for each, its measures rated on the latest actual whose period had ended by the
 * half year's end, the half year's budget against actual, and its three highest open risks.
 * Only figures dated within or before the half year are used, so a past report comes out the same.
 */
export function buildPerformanceReport(pack: PolicyPack, half: HalfYear, source: ReportSource, topRisks = 3): PerformanceReport {
  const tolerance = ragTolerance(pack);
  const partnerships = source.arrangements
    .filter(({ record }) => running.has(record.status ?? "") && isKeyPartnership(pack, record) && (!record.startDate || record.startDate <= half.end))
    // An ended arrangement belongs in a half year only if it was still running in it.
    .filter(({ record }) => record.status !== "ended" || (record.plannedEndDate !== undefined && record.plannedEndDate >= half.start))
    .map(({ id, record }): KeyPartnershipReport => {
      const measures = source.measures
        .filter((m) => m.arrangementId === id)
        .map((m): ReportMeasure => {
          const status = measureStatus(m, tolerance, half.end);
          return {
            name: m.name ?? "Unnamed measure",
            ...(m.target !== undefined ? { target: m.target } : {}),
            ...(m.unit ? { unit: m.unit } : {}),
            higherIsBetter: m.higherIsBetter ?? true,
            ...(status.state !== "not-reported" && status.latest ? { latest: { period: status.latest.period, value: status.latest.value } } : {}),
            ...(status.state === "rated" ? { rating: status.rating } : {}),
          };
        });
      const rag = { green: 0, amber: 0, red: 0, unrated: 0 };
      for (const m of measures) rag[m.rating ?? "unrated"] += 1;
      const year = yearMonitoring(source.budget.filter((b) => b.arrangementId === id), half.financialYear, half.end);
      const inHalf = (year?.quarters ?? []).filter((q) => half.quarters.includes(q.quarter) && q.variance);
      const budget = inHalf.reduce((sum, q) => sum + (q.budget ?? 0), 0);
      const actual = inHalf.reduce((sum, q) => sum + (q.actual ?? 0), 0);
      const variance = inHalf.length ? budgetVariance(budget, actual) : undefined;
      const risks = source.risks
        .filter((r) => r.record.arrangementId === id && r.record.status === "open" && r.record.likelihood && r.record.impact && (!r.recordedOn || r.recordedOn <= half.end))
        .map(({ record }): ReportRisk => ({
          title: record.title ?? "Untitled risk",
          likelihood: record.likelihood!,
          impact: record.impact!,
          score: riskScore({ likelihood: record.likelihood!, impact: record.impact! }),
          ...(record.owner?.title ? { owner: record.owner.title } : {}),
          ...(record.mitigation ? { mitigation: record.mitigation } : {}),
        }))
        .sort((a, b) => b.score - a.score || b.impact - a.impact)
        .slice(0, topRisks);
      const category = pack.categories.find((c) => c.id === record.category)?.name;
      return {
        id,
        name: record.name ?? `Arrangement ${id}`,
        ...(category ? { category } : {}),
        measures: measures.sort((a, b) => ragOrder[a.rating ?? "unrated"] - ragOrder[b.rating ?? "unrated"]),
        rag,
        budget: { budget, actual, ...(variance ? { variance } : {}), quartersReported: inHalf.length },
        topRisks: risks,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const cite = pack.monitoring?.keyPartnerships?.cite;
  return { half, tolerancePercent: tolerance, partnerships, ...(cite ? { keyRule: cite } : {}) };
}
