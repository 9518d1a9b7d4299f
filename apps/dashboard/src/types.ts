// The shapes the public API answers with (see /api/docs); only the fields the dashboard reads.

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Source {
  articleId: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  evidence: string;
}

export interface Envoy {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  roles: { title: string; kind: string; from?: string; to?: string }[];
  visitCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export type VisitMode = 'in_person' | 'virtual' | 'planned';

export interface Visit {
  id: string;
  envoyId: string;
  envoy: string;
  city: string | null;
  country: string | null;
  date: string | null;
  endDate: string | null;
  mode: VisitMode;
  coordinates: [number, number] | null;
  counterparts: { name: string; articleIds: string[] }[];
  companions: { name: string; articleIds: string[] }[];
  corroboration: number;
  confirmedBy: string | null;
  sources: Source[];
}

export interface Stop {
  visitId: string;
  city: string | null;
  country: string | null;
  date: string | null;
  coordinates: [number, number] | null;
}

export interface Itinerary {
  envoy: Envoy;
  visits: Visit[];
  trips: { from: string | null; to: string | null; stops: Stop[] }[];
}

export interface Statement {
  id: string;
  speaker: string;
  text: string;
  type: 'direct' | 'indirect';
  date: string | null;
  tracks: string[];
  corroboration: number;
  sources: Source[];
}

export interface TrackSummary {
  track: string;
  currentState: string | null;
  disputed: string[];
  lastChange: string | null;
  claimCount: number;
}

export interface TrackStatus extends TrackSummary {
  timeline: { id: string; state: string; date: string | null; effectiveDate: string | null; corroboration: number; sources: Source[] }[];
}

export interface Projections {
  topic: string;
  partitions: {
    partition: number;
    lastAppliedOffset: string | null;
    highWatermark: string | null;
    lag: number | null;
    eventsPerSecond: number;
    deadLetters: number;
  }[];
  totals: { lag: number | null; eventsPerSecond: number; deadLetters: number };
}

export interface ChangeEvent {
  kind: 'visit' | 'statement' | 'status' | 'envoy';
  action: 'created' | 'updated' | 'removed';
  id: string;
  envoy: string | null;
  track: string | null;
  at: string;
}

export interface Submitted {
  articleId: string;
  eventId: string;
  status: string;
  duplicate?: boolean;
}

export interface ArticleState {
  articleId: string;
  state: 'accepted' | 'projected' | 'failed' | 'retracted';
  failure: { reason: string; error: string } | null;
}

export interface Extraction {
  articleId: string;
  extractorVersion: string;
  publishedAt: string | null;
  visits: { envoy: string; city: string | null; country: string | null; date: string | null; mode: VisitMode; counterparts: string[]; companions: string[]; evidence: string }[];
  statements: { speaker: string; text: string; type: string; evidence: string }[];
  status: { track: string; state: string; date: string | null; evidence: string }[];
}
