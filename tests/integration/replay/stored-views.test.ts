// The views stored with visits and track claims (`item`, filled by triggers, see the migration stored_view_items), on
// the real Postgres: written with the row in public and in a replay's generation alike, rewritten when the row
// changes, and in the shape the API declares.
import { timelineClaimSchema, visitDetailSchema, visitViewSchema } from '@newsroom/api-views';
import { createGenerationSchema, generationSchema } from '@newsroom/database';
import { Pool } from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';

const SOURCE = { articleId: 'a-1', ordinal: 0, outlet: 'Wire', url: 'https://wire.example/a-1', publishedAt: '2026-02-03', evidence: 'The envoy arrived in Doha.' };
const LATER = { ...SOURCE, articleId: 'a-2', url: 'https://paper.example/a-2', outlet: 'Paper', evidence: 'She met the mediators in Doha.' };

describe('stored views of visits and track claims', () => {
  let database: ScratchDatabase;
  let db: Pool;

  const insertVisit = (schema: string, sources: object[]) =>
    db.query(
      `INSERT INTO ${schema}.visits (id, envoy_id, envoy, bucket, city, country, date, end_date, mode, longitude, latitude, counterparts, companions, sources, corroboration, confirmed_by)
       VALUES ('visit_1', 'alice-envoy', 'Alice Envoy', 'b', 'Doha', 'QA', '2026-02-02', '2026-02-02', 'in_person', 51.53096, 25.28545,
               '[{"name":"Bob Minister","articleIds":["a-1"]}]', '[]', $1::jsonb, 1, NULL)`,
      [JSON.stringify(sources)],
    );
  const insertClaim = (schema: string, sources: object[]) =>
    db.query(
      `INSERT INTO ${schema}.track_claims (id, track, state, date, effective_date, sources, corroboration) VALUES ('claim_1', 'yemen_un', 'stalled', NULL, '2026-02-03', $1::jsonb, 1)`,
      [JSON.stringify(sources)],
    );
  const stored = async (schema: string, table: string) => JSON.parse((await db.query(`SELECT item FROM ${schema}.${table}`)).rows[0].item);

  beforeAll(async () => {
    database = await createScratchDatabase('stored_views');
    db = new Pool({ connectionString: database.url, max: 2 });
  });

  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('stores a visit as the lists give it: every field of the view, sources without their evidence', async () => {
    await insertVisit('public', [SOURCE]);
    const item = visitViewSchema.strict().parse(await stored('public', 'visits'));
    expect(item).toMatchObject({ id: 'visit_1', city: 'Doha', coordinates: [51.53096, 25.28545], counterparts: [{ name: 'Bob Minister', articleIds: ['a-1'] }] });
    expect(item.sources).toEqual([{ articleId: 'a-1', outlet: 'Wire', url: 'https://wire.example/a-1', publishedAt: '2026-02-03' }]);
  });

  it('gives the detail route the same visit with the evidence sentences', async () => {
    const { rows } = await db.query(`SELECT visit_view(id, envoy_id, envoy, city, country, date, end_date, mode, longitude, latitude,
      counterparts, companions, corroboration, confirmed_by, sources, true) AS detail, item FROM visits`);
    const detail = visitDetailSchema.parse(JSON.parse(rows[0].detail));
    expect(detail.sources.map((s) => s.evidence)).toEqual(['The envoy arrived in Doha.']);
    expect({ ...detail, sources: detail.sources.map(({ evidence: _evidence, ...ref }) => ref) }).toEqual(JSON.parse(rows[0].item));
  });

  it('rewrites the stored view when the row changes (an upsert, as the projector writes)', async () => {
    await db.query(
      `INSERT INTO visits AS t (id, envoy_id, envoy, bucket, mode, counterparts, companions, sources, corroboration)
       VALUES ('visit_1', 'alice-envoy', 'Alice Envoy', 'b', 'virtual', '[]', '[]', $1::jsonb, 2)
       ON CONFLICT (id) DO UPDATE SET mode = EXCLUDED.mode, city = NULL, longitude = NULL, sources = EXCLUDED.sources, corroboration = EXCLUDED.corroboration`,
      [JSON.stringify([SOURCE, LATER])],
    );
    const item = await stored('public', 'visits');
    expect(item).toMatchObject({ mode: 'virtual', city: null, coordinates: null, corroboration: 2 });
    expect(item.sources.map((s: { outlet: string }) => s.outlet)).toEqual(['Wire', 'Paper']);
  });

  it('stores a timeline claim with every source and its evidence, without the merge ordinal', async () => {
    await insertClaim('public', [SOURCE, LATER]);
    const item = timelineClaimSchema.strict().parse(await stored('public', 'track_claims'));
    expect(item).toMatchObject({ id: 'claim_1', state: 'stalled', date: null, effectiveDate: '2026-02-03', corroboration: 1 });
    expect(item.sources).toEqual([SOURCE, LATER].map(({ ordinal: _ordinal, ...source }) => source));
  });

  it("fills the views in a replay's generation as in public", async () => {
    const schema = generationSchema(7);
    await createGenerationSchema(db, schema);
    await insertVisit(schema, [SOURCE]);
    await insertClaim(schema, [SOURCE, LATER]);
    await db.query('DELETE FROM public.visits');
    await insertVisit('public', [SOURCE]);
    expect(await stored(schema, 'visits')).toEqual(await stored('public', 'visits'));
    expect(await stored(schema, 'track_claims')).toEqual(await stored('public', 'track_claims'));
  });
});
