// The status bar: the live stream's state, the projection lag, a replay's progress and the last change seen.
import { api } from './api';
import { byId } from './dom';
import { replayStatus, type ReplayEvent } from './replay-status';
import type { StreamState } from './stream';
import type { ChangeEvent, Projections } from './types';

const POLL_MS = 5_000;

export class StatusBar {
  private readonly stream = byId('status-stream');
  private readonly lag = byId('status-lag');
  private readonly last = byId('status-last');
  private readonly progress = byId<HTMLProgressElement>('status-progress');
  private readonly replayText = byId('status-replay');
  private readonly replayProgress = byId<HTMLProgressElement>('status-replay-progress');
  private timer: ReturnType<typeof setInterval> | undefined;

  start(): void {
    void this.refresh();
    this.timer ??= setInterval(() => document.visibilityState === 'visible' && void this.refresh(), POLL_MS);
  }

  streamState(state: StreamState): void {
    const text = {
      connecting: 'Connecting to live updates…',
      live: 'Live',
      retrying: state.kind === 'retrying' ? `Live updates lost (${state.reason}); retrying in ${state.inSeconds} s` : '',
      refused: 'Live updates refused: check the reader key',
    }[state.kind];
    this.stream.textContent = text;
    this.stream.dataset.state = state.kind;
  }

  /** A replay's progress from the stream's `replay` events: text and bar while it runs, its outcome after. */
  replay(event: ReplayEvent): void {
    const { text, progress } = replayStatus(event);
    this.replayText.textContent = text;
    this.replayText.hidden = false;
    this.replayText.dataset.state = event.state;
    this.replayProgress.hidden = !progress;
    if (progress) {
      this.replayProgress.max = progress.max;
      this.replayProgress.value = progress.value;
      this.replayProgress.setAttribute('aria-valuetext', text);
    }
  }

  changed(change: ChangeEvent): void {
    const time = new Date(change.at).toLocaleTimeString();
    this.last.textContent = `Last change: ${change.kind} ${change.action}${change.envoy ? ` (${change.envoy})` : change.track ? ` (${change.track})` : ''} at ${time}`;
  }

  async refresh(): Promise<void> {
    try {
      const view = await api<Projections>('/api/projections');
      const { lag, eventsPerSecond, deadLetters } = view.totals;
      this.lag.textContent = [
        `Projection lag: ${lag === null ? 'unknown (Kafka unreachable)' : `${lag} event${lag === 1 ? '' : 's'}`}`,
        `${eventsPerSecond.toFixed(1)} events/s`,
        deadLetters ? `${deadLetters} dead letter${deadLetters === 1 ? '' : 's'}` : null,
        this.showProgress(view),
      ]
        .filter(Boolean)
        .join(' · ');
      this.lag.dataset.lag = String(lag ?? '');
    } catch (error) {
      this.lag.textContent = `Projection status unavailable: ${(error as Error).message}`;
    }
  }

  /** While the projections are behind the log (a replay from the start, or a backlog), how far they have got. */
  private showProgress(view: Projections): string | null {
    const known = view.partitions.filter((p) => p.highWatermark !== null);
    const total = known.reduce((sum, p) => sum + Number(p.highWatermark), 0);
    const applied = known.reduce((sum, p) => sum + (p.lastAppliedOffset === null ? 0 : Number(p.lastAppliedOffset) + 1), 0);
    const behind = (view.totals.lag ?? 0) > 0 && total > 0;
    this.progress.hidden = !behind;
    if (!behind) return null;
    this.progress.max = total;
    this.progress.value = applied;
    const text = `${Math.floor((100 * applied) / total)}% of the event log projected (${applied.toLocaleString()} of ${total.toLocaleString()})`;
    this.progress.setAttribute('aria-valuetext', text);
    return text;
  }
}
