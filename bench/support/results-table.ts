// Pure: each benchmark's JSON result (the `BENCH_JSON` line it prints) -> rows of bench/results.md, every figure
// next to the baseline measured in the same run, as a ratio, against the issue's target.

export interface BenchRow {
  bench: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | null;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const n = (x: number | null | undefined, digits = 1): string => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '?');
const ratioOf = (value: number, baseline: number): number => (baseline > 0 ? value / baseline : NaN);

/**
 * A ratio to `digits` places, rounded towards missing its target (down for "at least", up for "at most"): 0.4996 of
 * a 0.5 target shows as 0.499, not as a 0.500 next to "no". (The epsilon keeps 1.3 from showing as 1.31.)
 */
export function shownRatio(ratio: number, digits: number, target: 'atLeast' | 'atMost'): number {
  const scale = 10 ** digits;
  return target === 'atLeast' ? Math.floor(ratio * scale + 1e-9) / scale : Math.ceil(ratio * scale - 1e-9) / scale;
}
const shown = (ratio: number, digits: number, target: 'atLeast' | 'atMost'): string => n(shownRatio(ratio, digits, target), digits);

/** The rows of one result; an unknown bench gives one row saying so rather than nothing. */
export function rowsOf(result: Json): BenchRow[] {
  switch (result.bench) {
    case 'extract':
      return [
        { bench: 'extract', figure: `articles/s on one core, warm (after ${n((result.warmupMs ?? 0) / 1000, 0)} s)`, value: n(result.articlesPerSecond), baseline: '—', ratio: '—', target: '≥ 300', met: result.articlesPerSecond >= 300 },
        ...(typeof result.coldArticlesPerSecond === 'number'
          ? [{ bench: 'extract', figure: 'articles/s, cold (the warm-up\'s first seconds, V8 still optimising), reported', value: n(result.coldArticlesPerSecond), baseline: '—', ratio: '—', target: '—', met: null }]
          : []),
        { bench: 'extract', figure: 'peak RSS (MB)', value: n(result.peakRssMB), baseline: '—', ratio: '—', target: '≤ 300', met: result.peakRssMB <= 300 },
      ];
    case 'ingest': {
      // from the rates, not the bench's rounded ratio: 0.497 is not 0.5
      const ratio = ratioOf(result.gatewayMax.articlesPerSecond, result.rawKafkajs.articlesPerSecond);
      return [
        {
          bench: 'ingest', figure: 'gateway articles/s flat out', value: n(result.gatewayMax.articlesPerSecond),
          baseline: `raw kafkajs ${n(result.rawKafkajs.articlesPerSecond)}/s`, ratio: shown(ratio, 3, 'atLeast'), target: 'ratio ≥ 0.5', met: ratio >= 0.5,
        },
        {
          bench: 'ingest', figure: `p99 ms at ${result.rate} req/s`, value: n(result.gatewayAtRate.p99Ms, 0),
          baseline: `raw p99 ${n(result.rawKafkajs.p99Ms, 0)} ms`, ratio: '—', target: '≤ 50 ms', met: result.gatewayAtRate.p99Ms <= 50,
        },
      ];
    }
    case 'project':
      return [
        {
          bench: 'project', figure: 'projected articles/s', value: n(result.projectedArticlesPerSecond),
          baseline: `extract alone ${n(result.extractOnlyArticlesPerSecond)}/s`, ratio: shown(result.ratio, 2, 'atLeast'), target: `ratio ≥ ${result.ratioTarget ?? 0.7}`, met: result.ratio >= (result.ratioTarget ?? 0.7),
        },
        {
          bench: 'project', figure: `submit-to-visible p99 ms at ${result.latency.rate}/s`, value: n(result.latency.p99Ms, 0),
          baseline: `p50 ${n(result.latency.p50Ms, 0)} ms`, ratio: '—', target: `< ${result.latency.p99TargetMs ?? 1000} ms`, met: result.latency.p99Ms < (result.latency.p99TargetMs ?? 1000) && !result.latency.notVisible,
        },
      ];
    case 'query':
      return (result.results as Json[]).flatMap((r) => {
        const ratio = ratioOf(r.max.rps, r.raw.rps);
        // cached: as clients get it (the gateway's response cache, with the share it answered); uncached: no-cache
        const scenario = r.mode ? `${r.scenario} (${r.mode}${r.mode === 'cached' ? `, ${n((r.cacheHits ?? 0) * 100, 0)}% from cache` : ''})` : r.scenario;
        return [
          { bench: 'query', figure: `${scenario}: max req/s`, value: n(r.max.rps, 0), baseline: `raw pg ${n(r.raw.rps, 0)}/s`, ratio: shown(ratio, 2, 'atLeast'), target: 'ratio ≥ 0.5', met: ratio >= 0.5 },
          { bench: 'query', figure: `${scenario}: p99 ms at ${result.rate}/s`, value: n(r.atRate.p99, 1), baseline: `raw p99 ${n(r.raw.p99, 1)} ms`, ratio: '—', target: '≤ 20 ms', met: r.atRate.p99 <= 20 && r.atRate.errors === 0 },
        ];
      });
    case 'replay': {
      const ratio = ratioOf(result.totalSeconds, result.extractOnlySeconds);
      return [
        { bench: 'replay', figure: `replay of ${result.articles} articles (s)`, value: n(result.totalSeconds), baseline: `extract alone ${n(result.extractOnlySeconds)} s`, ratio: shown(ratio, 2, 'atMost'), target: 'ratio ≤ 1.3', met: ratio <= 1.3 },
        { bench: 'replay', figure: 'events/s', value: n(result.eventsPerSecond, 0), baseline: '—', ratio: '—', target: '—', met: null },
        { bench: 'replay', figure: 'projector peak RSS (MB)', value: n(result.projectorPeakRssMB, 0), baseline: '—', ratio: '—', target: '—', met: null },
      ];
    }
    case 'soak': {
      const errors = result.ingest.errors + result.query.errors;
      const { slopeMbPerMinuteBelow, fullCollectionsAtLeast } = result.targets;
      return [
        { bench: 'soak', figure: `errors in ${result.minutes} min (${result.ingestRate} articles/s + ${result.queryRate} queries/s)`, value: String(errors), baseline: `${result.ingest.requests + result.query.requests} requests`, ratio: '—', target: '0', met: errors === 0 },
        { bench: 'soak', figure: 'accepted articles projected', value: String(result.projected), baseline: `${result.accepted} accepted (202)`, ratio: '—', target: 'all', met: result.projected === result.accepted },
        ...(['gateway', 'projector'] as const).flatMap((name): BenchRow[] => {
          const heap = result.heapAfterGc[name] as Json;
          const collections = result.fullCollectionsInSteadyState[name] as number;
          const rss = result.memory[name] as Json;
          return [
            {
              bench: 'soak', figure: `${name} V8 heap after full GC, slope (MB/min)`, value: n(heap.slopeMbPerMinute, 2),
              baseline: `${n(heap.startMb)} → ${n(heap.endMb)} MB over ${collections} full collections`, ratio: '—',
              target: `< ${slopeMbPerMinuteBelow}, ≥ ${fullCollectionsAtLeast} collections`,
              met: collections >= fullCollectionsAtLeast && heap.slopeMbPerMinute < slopeMbPerMinuteBelow,
            },
            { bench: 'soak', figure: `${name} RSS slope (MB/min), reported`, value: n(rss.slopeMbPerMinute, 2), baseline: `${n(rss.startMb)} → ${n(rss.endMb)} MB, peak ${n(rss.peakMb)}`, ratio: '—', target: '—', met: null },
          ];
        }),
      ];
    }
    default:
      return [{ bench: String(result.bench ?? '?'), figure: 'unrecognised result', value: '?', baseline: '—', ratio: '—', target: '—', met: null }];
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function resultsMarkdown(rows: BenchRow[], context: { at: string; commit: string; node: string; cpus: number; loadAverage: number[]; failures: string[] }): string {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` at ${context.at}, commit ${context.commit}, Node ${context.node}, ${context.cpus} CPUs, load average at the end ${context.loadAverage.map((x) => x.toFixed(2)).join(' ')}.`,
    'Every figure stands next to a baseline measured in the same run; figures taken on a busy machine are pessimistic.',
    '',
    '| bench | figure | value | same-run baseline | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${[r.bench, r.figure, r.value, r.baseline, r.ratio, r.target, r.met === null ? '—' : r.met ? 'yes' : 'no'].map(cell).join(' | ')} |`),
  ];
  if (context.failures.length) lines.push('', 'Benchmarks that did not finish:', '', ...context.failures.map((f) => `- ${f}`));
  return `${lines.join('\n')}\n`;
}

/** The JSON results a benchmark printed on `BENCH_JSON ` lines. */
export function benchJsonLines(output: string): Json[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('BENCH_JSON '))
    .map((line) => JSON.parse(line.slice('BENCH_JSON '.length)) as Json);
}
