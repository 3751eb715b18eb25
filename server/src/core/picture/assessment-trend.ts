/**
 * Life-domain scores over time: the baseline against the latest assessment per domain, and
 * each domain as a series. Pure: the caller passes the assessments in any order.
 */
export type Moment = 'baseline' | 'interim' | 'closing';

export interface ScoredAssessment {
  id: string;
  assessedOn: string; // YYYY-MM-DD
  createdAt: string;  // ISO instant: orders two assessments of the same day
  moment: Moment;
  scores: { domainKey: string; score: number }[];
}

export interface DomainTrend {
  domainKey: string;
  /** Every score of this domain, oldest first. */
  series: { assessmentId: string; assessedOn: string; score: number }[];
  baselineScore: number | null;
  latestScore: number | null;
  /** latest − baseline; null until the domain is scored at two moments. */
  change: number | null;
}

export interface Trend {
  baselineId: string | null;
  latestId: string | null;
  domains: DomainTrend[];
}

const chronological = (a: ScoredAssessment, b: ScoredAssessment) =>
  a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The baseline is the first assessment marked as baseline — or, when none is, the first one
 * at all: a coach who forgot to mark it still sees a trend. The latest is the last one after it.
 */
export function assessmentTrend(domainKeys: string[], assessments: ScoredAssessment[]): Trend {
  const ordered = [...assessments].sort(chronological);
  const baseline = ordered.find((a) => a.moment === 'baseline') ?? ordered[0];
  const latest = ordered.at(-1);
  const domains = domainKeys.map((domainKey): DomainTrend => {
    const series = ordered.flatMap((a) => a.scores.filter((s) => s.domainKey === domainKey)
      .map((s) => ({ assessmentId: a.id, assessedOn: a.assessedOn, score: s.score })));
    // Per domain: the baseline's score, or the first score after the baseline when the
    // domain was not scored then (a domain added later still gets a starting point).
    const fromBaseline = baseline ? series.filter((s) => chronological(byId(ordered, s.assessmentId), baseline) >= 0) : [];
    const first = fromBaseline[0];
    const last = fromBaseline.at(-1);
    const change = first && last && first.assessmentId !== last.assessmentId ? last.score - first.score : null;
    return { domainKey, series, baselineScore: first?.score ?? null, latestScore: last?.score ?? null, change };
  });
  return { baselineId: baseline?.id ?? null, latestId: latest?.id ?? null, domains };
}

function byId(list: ScoredAssessment[], id: string) {
  return list.find((a) => a.id === id)!;
}
