/** API shapes of the picture of the youth (server: modules/assessment, youth-document, network, consent, risk-flag). */
export interface Person { id: string; name: string }

/** A versioned document of the youth: each save is a new version (0 = nothing saved yet). */
export interface YouthDocument<B> { kind: string; version: number; body: B | null; author: Person | null; savedAt: string | null }
export interface DocumentVersion { version: number; author: Person; savedAt: string; changedFields: string[] }

export type DocumentPath = 'my-plan' | 'quick-scan' | 'search-profile' | 'sales-story' | 'strategy';

export interface MyPlanBody {
  youth: { wants?: string; toSolve?: string; mostImportant?: string; findHard?: string; whoHelps?: string; whoMakesHard?: string; jobWanted?: string; rememberAboutMe?: string };
  coach: { futurePerspective?: string; domainsAndAgencies?: string; interventionStrategy?: string; cognitivePsychological?: string; vips?: string; vaps?: string; searchProfile?: string };
}

export const QUICK_SCAN_POINTS = ['work', 'social_network', 'professional_network', 'life_domains', 'cognitive', 'psychological', 'expectations'] as const;
export type QuickScanPoint = typeof QUICK_SCAN_POINTS[number];
export type PointStatus = 'not_started' | 'in_progress' | 'done';
export interface QuickScanBody {
  points: Record<QuickScanPoint, { status: PointStatus; note?: string }>;
  cognitive: { bsaOutcome?: string; scilScore?: number | null; conclusion?: string };
  referral: { referredOn: string; to: string; reason?: string } | null;
}

export const PREFERENCE_PAIRS = ['inside_outside', 'alone_together', 'precision_speed', 'head_hands', 'busy_quiet'] as const;
export type PreferencePair = typeof PREFERENCE_PAIRS[number];
export type Preference = 'first' | 'second' | 'either';
export interface SearchProfileBody {
  dreamJob?: string; breadJob?: string;
  preferences: Partial<Record<PreferencePair, Preference | null>>;
  atmosphere?: string; kindOfWork?: string; skills?: string; leadershipStyle?: string; socialContext?: string;
  companies: string[];
}

export interface SalesStoryBody { story?: string; instructions?: string }

export const SELF_IMAGES = ['conformist', 'afhankelijke', 'overlever', 'ondernemer'] as const;
export const STRATEGIES = ['faciliterend', 'pedagogisch', 'compenserend', 'participatief'] as const;
export type SelfImage = typeof SELF_IMAGES[number];
export type Strategy = typeof STRATEGIES[number];
export interface StrategyBody { selfImage: SelfImage; strategy: Strategy; reason: string }

export interface LifeDomain { key: string; label: string; levels: string[]; active: boolean }
export type Moment = 'baseline' | 'interim' | 'closing';
export interface Assessment {
  id: string; youthId: string; version: number; assessedOn: string; moment: Moment; note: string | null;
  scores: { domainKey: string; score: number; note: string | null }[]; author: Person; createdAt: string;
}
export interface DomainTrend {
  domainKey: string; series: { assessmentId: string; assessedOn: string; score: number }[];
  baselineScore: number | null; latestScore: number | null; change: number | null;
}
export interface Assessments { domains: LifeDomain[]; items: Assessment[]; trend: { baselineId: string | null; latestId: string | null; domains: DomainTrend[] } }

export type Influence = 'vip' | 'vap' | 'neutral';
export interface NetworkPerson {
  id: string; youthId: string; version: number; name: string; relation: string; ring: 1 | 2 | 3;
  supportPractical: boolean; supportEmotional: boolean; influence: Influence; isJim: boolean; note: string | null; leftOn: string | null; createdAt: string;
}
export interface Professional {
  id: string; youthId: string; version: number; name: string; organisation: string; role: string | null; phone: string | null; email: string | null;
  involvedSince: string | null; whatTheyDo: string | null; endedOn: string | null; createdAt: string;
}
export interface Network { people: NetworkPerson[]; professionals: Professional[] }

export interface Consent {
  id: string; youthId: string; version: number; purpose: 'sales_story' | 'wraparound'; recipient: string; givenOn: string; validUntil: string; note: string | null;
  status: 'active' | 'expired' | 'withdrawn' | 'future'; withdrawnAt: string | null; recordedBy: Person; recordedAt: string;
}

export interface RiskFlag {
  id: string; youthId: string; version: number; kind: string; note: string | null; raisedBy: Person; raisedAt: string;
  resolvedBy: Person | null; resolvedAt: string | null; resolutionNote: string | null;
}
