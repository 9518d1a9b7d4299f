// Shared by the benchmarks: latency percentiles of a closed loop (the raw baselines) and autocannon runs.
import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** Runs `call` from `concurrency` loops for `seconds`: the same-run baseline of an endpoint. */
export async function closedLoop(call: () => Promise<unknown>, concurrency: number, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await call();
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** autocannon against one URL; `rate` fixes the overall request rate (open loop), otherwise as fast as it goes. */
export async function httpLoad(url: string, headers: Record<string, string>, options: { seconds: number; connections: number; rate?: number }): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    headers,
    duration: options.seconds,
    connections: options.connections,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  return { requests: result.requests.total, errors: failed, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
