import { ProjectionChunk } from './article-event-received.event';
import { upsertChangedRows, type Column, type SqlTransaction } from './article-facts.writer';
import { syncMergedRows } from './merged-rows.writer';

type Row = { id: string; envoy: string; sources: unknown };
const COLUMNS: readonly Column<Row>[] = [
  ['id', 'id', 'text'],
  ['envoy', 'envoy', 'text'],
  ['sources', 'sources', 'jsonb'],
];

describe('syncMergedRows', () => {
  it('records as created the written rows not stored before, as updated the written stored ones, and removes the rows no longer computed', async () => {
    const chunk = new ProjectionChunk({} as SqlTransaction);
    const removed: string[][] = [];
    const offered: string[][] = [];
    const existing = [
      { id: 'v2', envoy: 'B' },
      { id: 'v9', envoy: 'Z' },
      { id: 'v3', envoy: 'C' },
    ];
    const computed: Row[] = [
      { id: 'v1', envoy: 'A', sources: [] },
      { id: 'v2', envoy: 'B', sources: [1] },
      { id: 'v3', envoy: 'C', sources: [2] },
    ];
    const written = await syncMergedRows(
      chunk,
      existing,
      computed,
      {
        remove: async (ids) => void removed.push(ids),
        // v3 is unchanged: Postgres writes (and returns) the others only
        write: async (rows) => (offered.push(rows.map((r) => r.id)), ['v2', 'v1']),
      },
      (row) => ({ kind: 'visit', envoy: row.envoy }),
    );
    expect(removed).toEqual([['v9']]);
    expect(offered).toEqual([['v1', 'v2', 'v3']]);
    expect(written.map((r) => r.id)).toEqual(['v1', 'v2']);
    expect(chunk.changes).toEqual([
      { kind: 'visit', action: 'created', entityId: 'v1', envoy: 'A', track: null },
      { kind: 'visit', action: 'updated', entityId: 'v2', envoy: 'B', track: null },
      { kind: 'visit', action: 'removed', entityId: 'v9', envoy: 'Z', track: null },
    ]);
  });
});

describe('upsertChangedRows', () => {
  it('writes a row only when a written column differs from the stored one, and returns the keys written', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const tx = {
      query: async (sql: string, ...params: unknown[]) => (calls.push([sql, params]), [{ key: 'v1' }]),
    } as unknown as SqlTransaction;
    const keys = await upsertChangedRows(tx, 'visits', COLUMNS, [{ id: 'v1', envoy: 'A', sources: [{ b: 1, a: 2 }] }], 'id', [['search', 'r.envoy']]);
    expect(keys).toEqual(['v1']);
    const [[sql, params]] = calls;
    expect(sql).toContain('INSERT INTO "visits" AS t ("id", "envoy", "sources", "search") SELECT "id", "envoy", "sources", r.envoy FROM jsonb_to_recordset($1::jsonb)');
    expect(sql).toContain('ON CONFLICT ("id") DO UPDATE SET "envoy" = EXCLUDED."envoy", "sources" = EXCLUDED."sources", "search" = EXCLUDED."search"');
    expect(sql).toContain('WHERE (t."envoy", t."sources") IS DISTINCT FROM (EXCLUDED."envoy", EXCLUDED."sources")');
    expect(sql).toContain('RETURNING t."id"::text AS key');
    expect(JSON.parse(params[0] as string)).toEqual([{ id: 'v1', envoy: 'A', sources: [{ b: 1, a: 2 }] }]);
    expect(await upsertChangedRows(tx, 'visits', COLUMNS, [], 'id')).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});
