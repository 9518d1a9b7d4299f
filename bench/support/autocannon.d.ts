// autocannon ships no types: the part of its API the benchmarks use.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    duration?: number;
    connections?: number;
    overallRate?: number;
    /** requested in turn by each connection (paths of `url`) */
    requests?: Array<{ method?: string; path: string }>;
  }
  function autocannon(options: Options): Promise<Result>;
  export = autocannon;
}
