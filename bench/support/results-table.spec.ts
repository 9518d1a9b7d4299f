import { benchJsonLines, resultsMarkdown, rowsOf, shownRatio } from './results-table';

describe('benchmark results table', () => {
  it('puts the ingest figures next to the raw producer of the same run, as a ratio against the target', () => {
    const rows = rowsOf({
      bench: 'ingest', rate: 200, ratio: 0.5,
      rawKafkajs: { articlesPerSecond: 3000, p99Ms: 20 }, gatewayMax: { articlesPerSecond: 1491 }, gatewayAtRate: { p99Ms: 31 },
    });
    // the ratio from the rates (0.497), not the bench's rounded one: the target is missed
    expect(rows).toEqual([
      expect.objectContaining({ figure: 'gateway articles/s flat out', value: '1491.0', baseline: 'raw kafkajs 3000.0/s', ratio: '0.497', met: false }),
      expect.objectContaining({ figure: 'p99 ms at 200 req/s', value: '31', met: true }),
    ]);
  });

  it('shows a ratio rounded towards missing its target, so a miss never looks like the target itself', () => {
    const rows = rowsOf({ bench: 'ingest', rate: 200, rawKafkajs: { articlesPerSecond: 2942.9, p99Ms: 18 }, gatewayMax: { articlesPerSecond: 1470.2 }, gatewayAtRate: { p99Ms: 9 } });
    expect(rows[0]).toEqual(expect.objectContaining({ ratio: '0.499', met: false }));
    expect([shownRatio(0.49957, 3, 'atLeast'), shownRatio(0.5, 3, 'atLeast'), shownRatio(0.7, 2, 'atLeast')]).toEqual([0.499, 0.5, 0.7]);
    expect([shownRatio(1.3004, 2, 'atMost'), shownRatio(1.3, 2, 'atMost'), shownRatio(1.633, 2, 'atMost')]).toEqual([1.31, 1.3, 1.64]);
  });

  it('computes the query ratio from the measured rates and the replay ratio from the times', () => {
    const query = rowsOf({ bench: 'query', rate: 500, results: [{ scenario: 'visits', raw: { rps: 1000, p99: 2 }, max: { rps: 600 }, atRate: { p99: 12, errors: 0 } }] });
    expect(query.map((r) => [r.ratio, r.met])).toEqual([['0.60', true], ['—', true]]);
    const modes = rowsOf({
      bench: 'query',
      rate: 500,
      results: [
        { scenario: 'visits', mode: 'cached', cacheHits: 0.999, raw: { rps: 1000, p99: 2 }, max: { rps: 1500 }, atRate: { p99: 3, errors: 0 } },
        { scenario: 'visits', mode: 'uncached', cacheHits: 0, raw: { rps: 1000, p99: 2 }, max: { rps: 300 }, atRate: { p99: 80, errors: 0 } },
      ],
    });
    expect(modes.map((r) => r.figure)).toEqual([
      'visits (cached, 100% from cache): max req/s',
      'visits (cached, 100% from cache): p99 ms at 500/s',
      'visits (uncached): max req/s',
      'visits (uncached): p99 ms at 500/s',
    ]);
    const replay = rowsOf({ bench: 'replay', articles: 100, totalSeconds: 14, extractOnlySeconds: 10, eventsPerSecond: 7, projectorPeakRssMB: 200 });
    expect(replay[0]).toMatchObject({ ratio: '1.40', met: false });
  });

  it('judges the soak test’s memory on the heap after full collections, and reports RSS without judging it', () => {
    const rows = rowsOf({
      bench: 'soak', minutes: 10, ingestRate: 10, queryRate: 40, targets: { slopeMbPerMinuteBelow: 1, fullCollectionsAtLeast: 2 },
      ingest: { requests: 6000, errors: 0 }, query: { requests: 24000, errors: 2 }, accepted: 6000, projected: 5999,
      memory: { gateway: { startMb: 120, endMb: 121, peakMb: 130, slopeMbPerMinute: 0.1 }, projector: { startMb: 200, endMb: 260, peakMb: 270, slopeMbPerMinute: 7.5 } },
      heapAfterGc: { gateway: { startMb: 50, endMb: 51, slopeMbPerMinute: 0.2 }, projector: { startMb: 100, endMb: 100.5, slopeMbPerMinute: 0.05 } },
      fullCollectionsInSteadyState: { gateway: 5, projector: 1 },
    });
    expect(rows.map((r) => [r.figure, r.value, r.met])).toEqual([
      ['errors in 10 min (10 articles/s + 40 queries/s)', '2', false],
      ['accepted articles projected', '5999', false],
      ['gateway V8 heap after full GC, slope (MB/min)', '0.20', true],
      ['gateway RSS slope (MB/min), reported', '0.10', null],
      ['projector V8 heap after full GC, slope (MB/min)', '0.05', false], // one full collection says nothing yet
      ['projector RSS slope (MB/min), reported', '7.50', null],
    ]);
    expect(rows[4].baseline).toBe('100.0 → 100.5 MB over 1 full collections');
  });

  it('says so for a result it does not know instead of dropping it', () => {
    expect(rowsOf({ bench: 'teleport' })).toEqual([expect.objectContaining({ bench: 'teleport', figure: 'unrecognised result' })]);
  });

  it('reads the BENCH_JSON lines of an output and renders a markdown table with the failures listed', () => {
    const results = benchJsonLines('noise\nBENCH_JSON {"bench":"extract","articlesPerSecond":310,"coldArticlesPerSecond":180,"warmupMs":30200,"peakRssMB":120}\nmore noise\n');
    const markdown = resultsMarkdown(results.flatMap(rowsOf), { at: 'now', commit: 'abc', node: 'v20', cpus: 2, loadAverage: [1, 2, 3], failures: ['query: exited with code 2 without a result'] });
    expect(markdown).toContain('| extract | articles/s on one core, warm (after 30 s) | 310.0 | — | — | ≥ 300 | yes |');
    expect(markdown).toContain("| extract | articles/s, cold (the warm-up's first seconds, V8 still optimising), reported | 180.0 | — | — | — | — |");
    expect(markdown).toContain('- query: exited with code 2 without a result');
  });
});
