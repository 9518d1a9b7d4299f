// The live stream of read-model changes, read with fetch() so the key stays in a header; reconnects with
// Last-Event-ID so nothing committed while it was away is missed.
import { keys } from './api';
import { SseParser } from './sse';
import type { ReplayEvent } from './replay-status';
import type { ChangeEvent } from './types';

export type StreamState = { kind: 'connecting' } | { kind: 'live' } | { kind: 'retrying'; inSeconds: number; reason: string } | { kind: 'refused' };

export interface StreamHandlers {
  onChange(change: ChangeEvent): void;
  /** a replay's progress (`replay` events: not a read-model change) */
  onReplay?(replay: ReplayEvent): void;
  onState(state: StreamState): void;
  /** the stream (re)opened after being away: whatever changed meanwhile is replayed, but views may refresh */
  onReconnect(): void;
}

export function connectStream(handlers: StreamHandlers): () => void {
  const abort = new AbortController();
  let lastEventId: string | undefined;
  let delay = 1;
  let opened = false;

  const run = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      handlers.onState({ kind: 'connecting' });
      let reason = 'the connection ended';
      try {
        const key = keys.get('reader');
        if (!key) return handlers.onState({ kind: 'refused' });
        const headers: Record<string, string> = { 'x-api-key': key, accept: 'text/event-stream' };
        if (lastEventId) headers['last-event-id'] = lastEventId;
        const response = await fetch('/api/stream', { headers, signal: abort.signal, cache: 'no-store' });
        if (response.status === 401 || response.status === 403) return handlers.onState({ kind: 'refused' });
        if (!response.ok || !response.body) throw new Error(`the stream answered ${response.status}`);
        handlers.onState({ kind: 'live' });
        if (opened) handlers.onReconnect();
        opened = true;
        delay = 1;
        const parser = new SseParser();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const message of parser.push(value)) {
            if (message.id) lastEventId = message.id;
            if (message.event === 'replay') handlers.onReplay?.(JSON.parse(message.data) as ReplayEvent);
            else handlers.onChange(JSON.parse(message.data) as ChangeEvent);
          }
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        reason = (error as Error).message;
      }
      handlers.onState({ kind: 'retrying', inSeconds: delay, reason });
      await new Promise((resolve) => setTimeout(resolve, delay * 1000));
      delay = Math.min(delay * 2, 30);
    }
  };
  void run();
  return () => abort.abort();
}
