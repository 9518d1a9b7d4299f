import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { SqlTransaction } from '@newsroom/database';
import { personProfile } from '@newsroom/extraction';
import { envoyId, mergeVisits, visitBucket, type MergedVisit, type VisitReport } from '@newsroom/read-models';
import { ArticleEventReceived, type ProjectionChunk } from '../article-event-received.event';
import { deleteWhereIn, isAnyOf, LOCK, lockMergeGroups, readRows, replaceArticleFacts, selectColumns, upsertChangedRows, type Column } from '../article-facts.writer';
import { asJson, groupBy, syncMergedRows, type MergedReadModel } from '../merged-rows.writer';
import { cityCoordinates } from './city-coordinates';

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort();

/** The envoys a chunk touched, refreshed (under their locks) after every merge bucket of the chunk. */
const ENVOYS = Symbol('envoys');

type ArticleVisitRow = {
  articleId: string;
  ordinal: number;
  envoy: string;
  city: string | null;
  country: string | null;
  date: string | null;
  mode: string;
  counterparts: string[];
  companions: string[];
  evidence: string;
  extractorVersion: string;
  bucket: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
};

const ARTICLE_VISIT_COLUMNS: readonly Column<ArticleVisitRow>[] = [
  ['articleId', 'article_id', 'text'],
  ['ordinal', 'ordinal', 'int'],
  ['envoy', 'envoy', 'text'],
  ['city', 'city', 'text'],
  ['country', 'country', 'text'],
  ['date', 'date', 'text'],
  ['mode', 'mode', 'text'],
  ['counterparts', 'counterparts', 'text[]'],
  ['companions', 'companions', 'text[]'],
  ['evidence', 'evidence', 'text'],
  ['extractorVersion', 'extractor_version', 'text'],
  ['bucket', 'bucket', 'text'],
  ['outlet', 'outlet', 'text'],
  ['url', 'url', 'text'],
  ['publishedAt', 'published_at', 'text'],
];

type VisitRow = ReturnType<typeof visitRow>;

const VISIT_COLUMNS: readonly Column<VisitRow>[] = [
  ['id', 'id', 'text'],
  ['envoyId', 'envoy_id', 'text'],
  ['envoy', 'envoy', 'text'],
  ['bucket', 'bucket', 'text'],
  ['city', 'city', 'text'],
  ['country', 'country', 'text'],
  ['date', 'date', 'text'],
  ['endDate', 'end_date', 'text'],
  ['mode', 'mode', 'text'],
  ['longitude', 'longitude', 'float8'],
  ['latitude', 'latitude', 'float8'],
  ['counterparts', 'counterparts', 'jsonb'],
  ['companions', 'companions', 'jsonb'],
  ['sources', 'sources', 'jsonb'],
  ['corroboration', 'corroboration', 'int'],
  ['confirmedBy', 'confirmed_by', 'text'],
];

/** What syncMergedRows needs of a stored visit: its id, and its envoy (the change's scope, the envoys to refresh). */
const VISIT_KEY_COLUMNS: readonly Column<VisitRow>[] = [
  ['id', 'id', 'text'],
  ['envoy', 'envoy', 'text'],
];

type EnvoyRow = { id: string; name: string; aliases: string[]; country: string | null; roles: unknown; visitCount: number; firstDate: string | null; lastDate: string | null };

const ENVOY_COLUMNS: readonly Column<EnvoyRow>[] = [
  ['id', 'id', 'text'],
  ['name', 'name', 'text'],
  ['aliases', 'aliases', 'text[]'],
  ['country', 'country', 'text'],
  ['roles', 'roles', 'jsonb'],
  ['visitCount', 'visit_count', 'int'],
  ['firstDate', 'first_date', 'text'],
  ['lastDate', 'last_date', 'text'],
];

const ENVOY_KEY_COLUMNS: readonly Column<EnvoyRow>[] = [
  ['id', 'id', 'text'],
  ['name', 'name', 'text'],
];

function visitRow(v: MergedVisit, bucket: string) {
  const coordinates = cityCoordinates(v.city, v.country);
  return {
    id: v.id,
    envoyId: envoyId(v.envoy),
    envoy: v.envoy,
    bucket,
    city: v.city,
    country: v.country,
    date: v.date,
    endDate: v.endDate,
    mode: v.mode,
    longitude: coordinates?.[0] ?? null,
    latitude: coordinates?.[1] ?? null,
    counterparts: asJson(v.counterparts),
    companions: asJson(v.companions),
    sources: asJson(v.sources),
    corroboration: v.corroboration,
    confirmedBy: v.confirmedBy,
  };
}

/**
 * article_visits (each article's visits, with provenance), then the envoy itineraries: the merged visits of every
 * envoy and place the chunk's articles touch (before and after its events), and the envoys' summaries. Gathered
 * per event (the article's last facts), written and merged once per chunk.
 */
@EventsHandler(ArticleEventReceived)
export class ItineraryProjection implements IEventHandler<ArticleEventReceived> {
  handle({ after, facts, chunk }: ArticleEventReceived): void {
    const envoys = chunk.mergesDeferred ? null : chunk.atEnd(ENVOYS, LOCK.envoy, () => new Set<string>(), (names) => refreshEnvoys(chunk, [...names].sort()));
    const articles = chunk.atEnd(this, LOCK.visitBucket, () => new Map<string, ArticleVisitRow[]>(), (gathered) => flush(chunk, gathered, envoys));
    articles.set(
      after.id,
      facts.visits.map((v, ordinal) => ({
        articleId: after.id,
        ordinal,
        envoy: v.envoy,
        city: v.city,
        country: v.country,
        date: v.date,
        mode: v.mode,
        counterparts: v.counterparts,
        companions: v.companions,
        evidence: v.evidence,
        extractorVersion: facts.extractorVersion,
        bucket: visitBucket(v),
        outlet: after.outlet,
        url: after.url,
        publishedAt: after.publishedAt,
      })),
    );
  }
}

/** Writes the chunk's articles' visits, then (unless deferred) recomputes every bucket they were or are in. */
async function flush(chunk: ProjectionChunk, articles: Map<string, ArticleVisitRow[]>, touchedEnvoys: Set<string> | null): Promise<void> {
  const rows = [...articles.values()].flat();
  const previous = await replaceArticleFacts<ArticleVisitRow, { bucket: string; envoy: string }>(
    chunk.tx,
    'article_visits',
    ARTICLE_VISIT_COLUMNS,
    [...articles.keys()],
    rows,
    'bucket, envoy',
  );
  const buckets = uniqueSorted([...previous, ...rows].map((r) => r.bucket));
  if (!touchedEnvoys) return chunk.defer(ITINERARY_MERGES.name, buckets);
  for (const r of [...previous, ...rows]) touchedEnvoys.add(r.envoy);
  await remergeVisits(chunk, buckets);
}

/** visits: the merged visits of the given buckets, from their reports, under the buckets' locks; returns their envoys. */
async function remergeVisits(chunk: ProjectionChunk, buckets: string[]): Promise<Set<string>> {
  const { tx } = chunk;
  if (!buckets.length) return new Set();
  await lockMergeGroups(tx, buckets.map((b) => [LOCK.visitBucket, b] as const));

  const [reported, existing] = await readRows<[ArticleVisitRow[], Pick<VisitRow, 'id' | 'envoy'>[]]>(
    tx,
    [
      selectColumns('article_visits', ARTICLE_VISIT_COLUMNS, isAnyOf('bucket', '$1'), 'article_id, ordinal'),
      selectColumns('visits', VISIT_KEY_COLUMNS, isAnyOf('bucket', '$1')),
    ],
    buckets,
  );
  const reports = groupBy(reported, (r) => r.bucket);
  const computed = buckets.flatMap((bucket) => mergeVisits((reports.get(bucket) ?? []) as VisitReport[]).map((v) => visitRow(v, bucket)));
  await syncMergedRows(
    chunk,
    existing,
    computed,
    {
      remove: (ids) => deleteWhereIn(tx, 'visits', 'id', ids),
      write: (data) => upsertChangedRows(tx, 'visits', VISIT_COLUMNS, data, 'id'),
    },
    (v) => ({ kind: 'visit', envoy: v.envoy }),
  );
  return new Set([...reported, ...existing].map((r) => r.envoy));
}

/** envoys: one row per envoy with at least one visit; roles and aliases from the knowledge files. */
async function refreshEnvoys(chunk: ProjectionChunk, names: string[]): Promise<void> {
  const tx: SqlTransaction = chunk.tx;
  if (!names.length) return;
  const ids = names.map(envoyId);
  await lockMergeGroups(tx, ids.map((id) => [LOCK.envoy, id] as const));
  const [counted, existing] = await readRows<[{ envoyId: string; visitCount: number; firstDate: string | null; lastDate: string | null }[], Pick<EnvoyRow, 'id' | 'name'>[]]>(
    tx,
    [
      `SELECT envoy_id AS "envoyId", count(*)::int AS "visitCount", min(date) AS "firstDate", max(date) AS "lastDate"
       FROM visits WHERE ${isAnyOf('envoy_id', '$1')} GROUP BY envoy_id`,
      selectColumns('envoys', ENVOY_KEY_COLUMNS, isAnyOf('id', '$1')),
    ],
    ids,
  );
  const stats = new Map(counted.map((s) => [s.envoyId, s]));
  // One row per id: two spellings of a name that fold to one id leave the later one (as one event after another did).
  const byId = new Map<string, EnvoyRow>();
  for (const name of names) {
    const s = stats.get(envoyId(name));
    if (!s) continue;
    const profile = personProfile(name);
    byId.set(envoyId(name), {
      id: envoyId(name),
      name,
      aliases: profile?.aliases ?? [],
      country: profile?.country ?? null,
      roles: asJson(profile?.roles ?? []),
      visitCount: s.visitCount,
      firstDate: s.firstDate,
      lastDate: s.lastDate,
    });
  }
  const computed = [...byId.values()];
  await syncMergedRows(
    chunk,
    existing,
    computed,
    {
      remove: (removed) => deleteWhereIn(tx, 'envoys', 'id', removed),
      write: (data) => upsertChangedRows(tx, 'envoys', ENVOY_COLUMNS, data, 'id'),
    },
    (e) => ({ kind: 'envoy', envoy: e.name }),
  );
}

/** The itineraries, recomputed from article_visits: the visits of the given buckets, then the summaries of their envoys. */
export const ITINERARY_MERGES: MergedReadModel = {
  name: 'itinerary',
  remerge: async (chunk, buckets) => refreshEnvoys(chunk, [...(await remergeVisits(chunk, buckets))].sort()),
};
