// A negotiation track's timeline: the state claims of every article, the same claim from several outlets merged,
// and the current state derived from it (latest dated claim wins; different states on that day are disputed).
import type { TrackState } from '@newsroom/extraction';
import { compareSources, independentOutlets, stableId, type Source } from '../shared/source';

export interface ClaimReport extends Source {
  track: string;
  state: TrackState;
  date: string | null;
}

export interface TimelineClaim {
  id: string;
  track: string;
  state: TrackState;
  /** The day the text gives for the state. */
  date: string | null;
  /** The day the claim counts from: its own date, else the day it was reported. */
  effectiveDate: string | null;
  sources: Source[];
  corroboration: number;
}

export interface TrackStatus {
  track: string;
  /** null when the latest day's claims disagree (see disputed) or nothing is dated. */
  currentState: TrackState | null;
  /** The states claimed on the latest day, when they disagree. */
  disputed: TrackState[];
  lastChange: string | null;
  timeline: TimelineClaim[];
}

/**
 * The reports that are one claim: same track and state, on the same day the text gives, or (undated) reported
 * on the same day. Each claim is merged on its own, so projecting an article touches only its own claims.
 */
export function claimKey(r: Pick<ClaimReport, 'track' | 'state' | 'date' | 'publishedAt'>): string {
  return [r.track, r.state, r.date ?? `reported:${r.publishedAt ?? ''}`].join('|');
}

/** The reports of ONE claim key, merged: every outlet's report kept as a source. */
export function mergeClaim(reports: ClaimReport[]): TimelineClaim {
  const all = [...reports].sort(compareSources);
  const { track, state, date } = all[0];
  const effectiveDate = date ?? all[0].publishedAt;
  return {
    id: stableId('claim', claimKey(all[0])),
    track,
    state,
    date,
    effectiveDate,
    sources: all.map(({ articleId, ordinal, outlet, url, publishedAt, evidence }) => ({ articleId, ordinal, outlet, url, publishedAt, evidence })),
    corroboration: independentOutlets(all),
  };
}

/** The current state from the claims of the latest day: one state wins, several are disputed. */
export function currentStatus(claims: Array<Pick<TimelineClaim, 'state' | 'effectiveDate'>>): Pick<TrackStatus, 'currentState' | 'disputed' | 'lastChange'> {
  const latest = claims.reduce<string | null>((max, c) => (c.effectiveDate && (!max || c.effectiveDate > max) ? c.effectiveDate : max), null);
  const states = [...new Set(claims.filter((c) => latest && c.effectiveDate === latest).map((c) => c.state))].sort();
  return { currentState: states.length === 1 ? states[0] : null, disputed: states.length > 1 ? states : [], lastChange: latest };
}

/** The timeline and current state of ONE track. */
export function trackTimeline(track: string, reports: ClaimReport[]): TrackStatus {
  const groups = new Map<string, ClaimReport[]>();
  for (const r of reports) groups.set(claimKey(r), [...(groups.get(claimKey(r)) ?? []), r]);
  const timeline = [...groups.values()]
    .map(mergeClaim)
    .sort((a, b) => (a.effectiveDate ?? '0000').localeCompare(b.effectiveDate ?? '0000') || a.state.localeCompare(b.state) || a.id.localeCompare(b.id));
  return { track, ...currentStatus(timeline), timeline };
}
