// What the status bar says about a replay, from the `replay` events of the live stream (pure, see the spec).

export interface ReplayEvent {
  id: number;
  state: 'requested' | 'running' | 'caught_up' | 'switched' | 'interrupted' | 'cancelled' | 'failed';
  generation: string | null;
  eventsDone: number;
  eventsTotal: number;
  percent: number;
  rate: number | null;
  etaSeconds: number | null;
}

export interface ReplayStatus {
  text: string;
  /** the progress bar while it runs; null hides it */
  progress: { value: number; max: number } | null;
}

export function formatEta(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(seconds / 3600)} h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')} min`;
}

export function replayStatus(r: ReplayEvent): ReplayStatus {
  const name = `Replay ${r.id}${r.generation ? ` (${r.generation})` : ''}`;
  switch (r.state) {
    case 'requested':
      return { text: `${name}: waiting for a projector`, progress: null };
    case 'running': {
      const parts = [
        `${r.percent}% (${r.eventsDone.toLocaleString('en')} of ${r.eventsTotal.toLocaleString('en')} events)`,
        r.rate === null ? null : `${Math.round(r.rate).toLocaleString('en')} events/s`,
        r.etaSeconds === null ? null : `ETA ${formatEta(r.etaSeconds)}`,
      ];
      return { text: `${name}: ${parts.filter(Boolean).join(', ')}`, progress: { value: r.eventsDone, max: Math.max(1, r.eventsTotal) } };
    }
    case 'caught_up':
      return { text: `${name}: caught up, kept beside the live read models`, progress: null };
    case 'switched':
      return { text: `${name}: switched, the read models are rebuilt`, progress: null };
    case 'interrupted':
      return { text: `${name}: interrupted, resumable`, progress: null };
    case 'cancelled':
      return { text: `${name}: cancelled`, progress: null };
    case 'failed':
      return { text: `${name}: failed (see GET /api/admin/replays/${r.id})`, progress: null };
  }
}
