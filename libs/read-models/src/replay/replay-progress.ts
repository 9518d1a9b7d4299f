// A replay's progress from samples of (time, events applied): rate over a sliding window and the ETA it gives.

export interface ProgressSample {
  /** ms since epoch */
  at: number;
  done: number;
}

export interface ReplayProgress {
  done: number;
  total: number;
  /** events per second over the window; null until two samples apart in time */
  rate: number | null;
  /** seconds left at that rate; 0 once caught up, null while the rate is unknown or zero */
  etaSeconds: number | null;
  percent: number;
}

/** How far back the rate looks: long enough to smooth batches, short enough to follow a change of pace. */
export const RATE_WINDOW_MS = 20_000;

/** Keeps the samples of the window (and the one just before it, so the window is always spanned). */
export function addSample(samples: readonly ProgressSample[], sample: ProgressSample, windowMs = RATE_WINDOW_MS): ProgressSample[] {
  const all = [...samples, sample];
  const firstInWindow = all.findIndex((s) => s.at >= sample.at - windowMs);
  return all.slice(Math.max(0, firstInWindow - 1));
}

export function replayProgress(samples: readonly ProgressSample[], total: number): ReplayProgress {
  const last = samples.at(-1);
  const done = last?.done ?? 0;
  const first = samples[0];
  const seconds = last && first ? (last.at - first.at) / 1000 : 0;
  const rate = seconds > 0 ? Math.max(0, (done - first.done) / seconds) : null;
  const left = Math.max(0, total - done);
  return {
    done,
    total,
    rate: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: left === 0 ? 0 : rate ? Math.ceil(left / rate) : null,
    percent: total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100,
  };
}

export const REPLAY_STATES = ['requested', 'running', 'caught_up', 'switched', 'interrupted', 'cancelled', 'failed'] as const;
export type ReplayState = (typeof REPLAY_STATES)[number];
/** States of a replay that is still to run or running (at most one at a time). */
export const ACTIVE_REPLAY_STATES: readonly ReplayState[] = ['requested', 'running'];
export const isActiveReplay = (state: string): boolean => (ACTIVE_REPLAY_STATES as readonly string[]).includes(state);
