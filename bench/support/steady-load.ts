// A steady, open-loop request rate: request i is due at start + i / rate whatever the answers before it did, and its
// latency is counted from that due time (so a server or a client that falls behind shows in the figures instead of
// slowing the load down: no coordinated omission).
//
// Why not autocannon's `overallRate`: it gives each connection a budget of requests per second and lets it send
// them back to back from the start of each second, then idle; at 500/s over 50 connections that is 500 requests
// fired 50 at a time in the first part of every second. Its coordinated-omission correction then takes the expected
// interval as ceil(1 / rate) = 1 ms, so a 30 ms answer is also recorded as 29, 28, ... 1 ms. Its "p99 at 500/s" was
// higher than the p99 of the same endpoint driven as fast as it goes.
import * as http from 'node:http';
import type { LoadFigures } from './latency';

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

export interface SteadyLoadOptions {
  /** requests per second, evenly spaced */
  rate: number;
  seconds: number;
  /** most connections open at once (keep-alive); requests due while all are busy wait for one, and that counts */
  connections?: number;
  /** a request not answered within this time is an error */
  timeoutMs?: number;
}

/** One request of a steady load: a GET of the path unless a method (and body) are given. */
export interface SteadyRequest {
  path: string;
  method?: 'GET' | 'POST';
  /** sent as JSON */
  body?: string;
}

/** What a steady load sends: paths requested in turn, or the n-th request made on demand (a new article each). */
export type SteadyRequests = readonly string[] | ((n: number) => SteadyRequest);

/** What went wrong, counted: `status <code>` or the network error's code. */
export type ErrorKinds = Record<string, number>;

/** Sends `requests` to `base` at a steady rate; latency p50/p99 in ms from each request's due time (2xx and 304 answers). */
export async function steadyLoad(
  base: string,
  requests: SteadyRequests,
  headers: Record<string, string>,
  options: SteadyLoadOptions,
): Promise<LoadFigures & { errorKinds: ErrorKinds }> {
  const { rate, seconds, connections = 64, timeoutMs = 10_000 } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(base);
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: ErrorKinds = {};
  const failed = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const nth = typeof requests === 'function' ? requests : (n: number): SteadyRequest => ({ path: requests[n % requests.length] });
  const send = ({ path, method = 'GET', body }: SteadyRequest, due: number) =>
    new Promise<void>((resolve) => {
      const bodyHeaders = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
      const request = http.request({ host: url.hostname, port: url.port, path, method, headers: { ...headers, ...bodyHeaders }, agent, timeout: timeoutMs }, (response) => {
        response.on('data', () => undefined);
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if ((status >= 200 && status < 300) || status === 304) latencies.push(performance.now() - due);
          else failed(`status ${response.statusCode}`);
          resolve();
        });
        response.on('error', (error: NodeJS.ErrnoException) => {
          failed(error.code ?? error.message);
          resolve();
        });
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', (error: NodeJS.ErrnoException) => {
        failed(error.code ?? error.message);
        resolve();
      });
      request.end(body);
    });
  const elapsed = await openLoop(rate, seconds, (n, due) => send(nth(n), due));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, errorKinds, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Calls `fire(n, due)` for n = 0, 1, ... at `rate` a second for `seconds`, each at its due time whether or not the
 * calls before it have settled; resolves with the seconds elapsed once every call has settled.
 */
export async function openLoop(rate: number, seconds: number, fire: (n: number, due: number) => Promise<void>): Promise<number> {
  const total = Math.round(rate * seconds);
  const outstanding = new Set<Promise<void>>();
  const started = performance.now();
  const interval = 1000 / rate;
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    while (sent < total && started + sent * interval <= now) {
      const done = fire(sent, started + sent * interval);
      outstanding.add(done);
      void done.then(() => outstanding.delete(done));
      sent++;
    }
    const next = started + sent * interval - performance.now();
    await new Promise((resolve) => (next > 1 ? setTimeout(resolve, Math.floor(next)) : setImmediate(resolve)));
  }
  await Promise.all(outstanding);
  return (performance.now() - started) / 1000;
}
