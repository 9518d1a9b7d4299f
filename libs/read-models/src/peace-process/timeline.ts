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
  /** The day the claim counts from: its own date, else the day it was first reported. */
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

/** The timeline and current state of ONE track. */
export function trackTimeline(track: string, reports: ClaimReport[]): TrackStatus {
  const groups = new Map<string, ClaimReport[]>();
  for (const r of [...reports].sort(compareSources)) {
    const key = `${r.state}|${r.date ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const timeline = [...groups.values()]
    .map((all): TimelineClaim => {
      const { state, date } = all[0];
      const firstReported = all.map((r) => r.publishedAt).filter((d): d is string => !!d).sort()[0] ?? null;
      return {
        id: stableId('claim', track, state, date),
        track,
        state,
        date,
        effectiveDate: date ?? firstReported,
        sources: all.map(({ articleId, ordinal, outlet, url, publishedAt, evidence }) => ({ articleId, ordinal, outlet, url, publishedAt, evidence })),
        corroboration: independentOutlets(all),
      };
    })
    .sort((a, b) => (a.effectiveDate ?? '0000').localeCompare(b.effectiveDate ?? '0000') || a.state.localeCompare(b.state) || a.id.localeCompare(b.id));
  const latest = timeline.filter((c) => c.effectiveDate).at(-1)?.effectiveDate ?? null;
  const states = [...new Set(timeline.filter((c) => latest && c.effectiveDate === latest).map((c) => c.state))].sort();
  return {
    track,
    currentState: states.length === 1 ? states[0] : null,
    disputed: states.length > 1 ? states : [],
    lastChange: latest,
    timeline,
  };
}
