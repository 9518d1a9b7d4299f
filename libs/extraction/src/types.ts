/** Output contract: ../shared/contracts/extraction.md (one article's facts). */
export type VisitMode = 'in_person' | 'virtual' | 'planned';
export type TrackState =
  | 'scheduled'
  | 'opened'
  | 'ongoing'
  | 'paused'
  | 'stalled'
  | 'resumed'
  | 'agreement_signed'
  | 'cancelled'
  | 'collapsed';

export interface Visit {
  envoy: string;
  city: string | null;
  country: string | null;
  date: string | null;
  mode: VisitMode;
  counterparts: string[];
  companions: string[];
  evidence: string;
}

export interface Statement {
  speaker: string;
  text: string;
  type: 'direct' | 'indirect';
  evidence: string;
}

export interface StatusClaim {
  track: string;
  state: TrackState;
  date: string | null;
  evidence: string;
}

export interface Extraction {
  articleId: string;
  extractorVersion: string;
  publishedAt: string | null;
  visits: Visit[];
  statements: Statement[];
  status: StatusClaim[];
}

export interface ArticleInput {
  id?: string;
  text: string;
  /** YYYY-MM-DD or an ISO timestamp; null or absent when unknown. */
  publishedAt?: string | null;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
}
