import { projectionsView } from './projections-view';

const at = new Date('2026-01-01T00:00:00Z');

describe('projectionsView', () => {
  it('reports per partition the slowest projection, the lag to the high watermark, the rate and dead letters', () => {
    const view = projectionsView({
      topic: 't',
      checkpoints: [
        { projection: 'articles', partition: 0, nextOffset: 10n, updatedAt: at },
        { projection: 'visits', partition: 0, nextOffset: 8n, updatedAt: at },
      ],
      highWatermarks: new Map([
        [0, 12n],
        [1, 5n],
      ]),
      appliedLastMinute: new Map([[0, 30]]),
      deadLetters: new Map([[1, 2]]),
      extractorVersions: new Map([[0, 'x1']]),
    });
    expect(view.partitions).toEqual([
      { partition: 0, lastAppliedOffset: '7', lastAppliedAt: at.toISOString(), highWatermark: '12', lag: 4, eventsPerSecond: 0.5, deadLetters: 0, extractorVersion: 'x1' },
      { partition: 1, lastAppliedOffset: null, lastAppliedAt: null, highWatermark: '5', lag: 5, eventsPerSecond: 0, deadLetters: 2, extractorVersion: null },
    ]);
    expect(view.totals).toEqual({ lag: 9, eventsPerSecond: 0.5, deadLetters: 2 });
    expect(view.projections).toEqual([
      { projection: 'articles', nextOffsets: { '0': '10' } },
      { projection: 'visits', nextOffsets: { '0': '8' } },
    ]);
  });

  it('leaves the lag unknown when Kafka could not be asked', () => {
    const view = projectionsView({
      topic: 't',
      checkpoints: [{ projection: 'articles', partition: 0, nextOffset: 3n, updatedAt: at }],
      highWatermarks: null,
      appliedLastMinute: new Map(),
      deadLetters: new Map(),
      extractorVersions: new Map(),
    });
    expect(view.partitions[0].lag).toBeNull();
    expect(view.totals.lag).toBeNull();
  });
});
