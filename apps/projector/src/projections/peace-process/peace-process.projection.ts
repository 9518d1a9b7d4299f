import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { TrackState } from '@newsroom/extraction';
import { claimKey, currentStatus, mergeClaim, stableId, type ClaimReport } from '@newsroom/read-models';
import { ArticleEventReceived, type ProjectionChunk } from '../article-event-received.event';
import { deleteWhereIn, isAnyOf, LOCK, lockMergeGroups, readRows, replaceArticleFacts, selectColumns, upsertChangedRows, type Column } from '../article-facts.writer';
import { asJson, groupBy, syncMergedRows, type MergedReadModel } from '../merged-rows.writer';

/** The tracks a chunk touched, refreshed (under their locks) after every merge bucket of the chunk. */
const TRACKS = Symbol('tracks');

type ArticleClaimRow = {
  articleId: string;
  ordinal: number;
  track: string;
  state: string;
  date: string | null;
  evidence: string;
  extractorVersion: string;
  claimKey: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
};

const ARTICLE_CLAIM_COLUMNS: readonly Column<ArticleClaimRow>[] = [
  ['articleId', 'article_id', 'text'],
  ['ordinal', 'ordinal', 'int'],
  ['track', 'track', 'text'],
  ['state', 'state', 'text'],
  ['date', 'date', 'text'],
  ['evidence', 'evidence', 'text'],
  ['extractorVersion', 'extractor_version', 'text'],
  ['claimKey', 'claim_key', 'text'],
  ['outlet', 'outlet', 'text'],
  ['url', 'url', 'text'],
  ['publishedAt', 'published_at', 'text'],
];

type ClaimRow = Omit<ReturnType<typeof mergeClaim>, 'sources'> & { sources: unknown };

const CLAIM_COLUMNS: readonly Column<ClaimRow>[] = [
  ['id', 'id', 'text'],
  ['track', 'track', 'text'],
  ['state', 'state', 'text'],
  ['date', 'date', 'text'],
  ['effectiveDate', 'effective_date', 'text'],
  ['sources', 'sources', 'jsonb'],
  ['corroboration', 'corroboration', 'int'],
];

/** What syncMergedRows needs of a stored claim: its id, and its track (the change's scope, the tracks to refresh). */
const CLAIM_KEY_COLUMNS: readonly Column<ClaimRow>[] = [
  ['id', 'id', 'text'],
  ['track', 'track', 'text'],
];

type TrackRow = { id: string; track: string; currentState: string | null; disputed: string[]; lastChange: string | null; claimCount: number };

const TRACK_COLUMNS: readonly Column<TrackRow>[] = [
  ['track', 'track', 'text'],
  ['currentState', 'current_state', 'text'],
  ['disputed', 'disputed', 'text[]'],
  ['lastChange', 'last_change', 'text'],
  ['claimCount', 'claim_count', 'int'],
];

/**
 * article_status_claims (each article's claims about negotiation tracks), then the peace-process status: the
 * merged claims the chunk's articles touch, and the current state of their tracks. Gathered per event (the
 * article's last facts), written and merged once per chunk.
 */
@EventsHandler(ArticleEventReceived)
export class PeaceProcessProjection implements IEventHandler<ArticleEventReceived> {
  handle({ after, facts, chunk }: ArticleEventReceived): void {
    const tracks = chunk.mergesDeferred ? null : chunk.atEnd(TRACKS, LOCK.track, () => new Set<string>(), (touched) => refreshTracks(chunk, [...touched].sort()));
    const articles = chunk.atEnd(this, LOCK.claimKey, () => new Map<string, ArticleClaimRow[]>(), (gathered) => flush(chunk, gathered, tracks));
    articles.set(
      after.id,
      facts.status.map((c, ordinal) => ({
        articleId: after.id,
        ordinal,
        track: c.track,
        state: c.state,
        date: c.date,
        evidence: c.evidence,
        extractorVersion: facts.extractorVersion,
        claimKey: claimKey({ ...c, publishedAt: after.publishedAt }),
        outlet: after.outlet,
        url: after.url,
        publishedAt: after.publishedAt,
      })),
    );
  }
}

/** Writes the chunk's articles' claims, then (unless deferred) recomputes every claim they were or are part of. */
async function flush(chunk: ProjectionChunk, articles: Map<string, ArticleClaimRow[]>, touchedTracks: Set<string> | null): Promise<void> {
  const rows = [...articles.values()].flat();
  const previous = await replaceArticleFacts<ArticleClaimRow, { track: string; claimKey: string }>(
    chunk.tx,
    'article_status_claims',
    ARTICLE_CLAIM_COLUMNS,
    [...articles.keys()],
    rows,
    'track, claim_key AS "claimKey"',
  );
  const keys = [...new Set([...previous, ...rows].map((r) => r.claimKey))].sort();
  if (!touchedTracks) return chunk.defer(PEACE_PROCESS_MERGES.name, keys);
  for (const r of [...previous, ...rows]) touchedTracks.add(r.track);
  await remergeClaims(chunk, keys);
}

/** track_claims: the merged claims of the given claim keys, from their reports, under the keys' locks; returns their tracks. */
async function remergeClaims(chunk: ProjectionChunk, keys: string[]): Promise<Set<string>> {
  const { tx } = chunk;
  if (!keys.length) return new Set();
  await lockMergeGroups(tx, keys.map((k) => [LOCK.claimKey, k] as const));

  const ids = keys.map((key) => stableId('claim', key));
  const [reported, existing] = await readRows<[ArticleClaimRow[], Pick<ClaimRow, 'id' | 'track'>[]]>(
    tx,
    [
      selectColumns('article_status_claims', ARTICLE_CLAIM_COLUMNS, isAnyOf('claim_key', '$1'), 'article_id, ordinal'),
      selectColumns('track_claims', CLAIM_KEY_COLUMNS, isAnyOf('id', '$2')),
    ],
    keys,
    ids,
  );
  const reports = groupBy(reported, (r) => r.claimKey);
  const claims = keys.flatMap((key) => {
    const group = (reports.get(key) ?? []) as ClaimReport[];
    if (!group.length) return [];
    const claim = mergeClaim(group);
    return [{ ...claim, sources: asJson(claim.sources) }];
  });
  await syncMergedRows(
    chunk,
    existing,
    claims,
    {
      remove: (removed) => deleteWhereIn(tx, 'track_claims', 'id', removed),
      write: (data) => upsertChangedRows(tx, 'track_claims', CLAIM_COLUMNS, data, 'id'),
    },
    (c) => ({ kind: 'status', track: c.track }),
  );
  return new Set([...reported, ...existing].map((c) => c.track));
}

/** tracks: each touched track's current state, from its claims of the latest day (one query for every track). */
async function refreshTracks(chunk: ProjectionChunk, tracks: string[]): Promise<void> {
  const { tx } = chunk;
  if (!tracks.length) return;
  await lockMergeGroups(tx, tracks.map((t) => [LOCK.track, t] as const));
  // Per track: how many claims, and those of its latest day (of the undated ones when none has a day).
  const [lastDayRows, stored] = await readRows<[{ track: string; state: TrackState; effectiveDate: string | null; claimCount: number }[], Pick<TrackRow, 'track'>[]]>(
    tx,
    [
      `SELECT c.track, c.state, c.effective_date AS "effectiveDate", n.claim_count AS "claimCount"
       FROM (SELECT track, count(*)::int AS claim_count, max(effective_date) AS latest FROM track_claims
             WHERE ${isAnyOf('track', '$1')} GROUP BY track) n
       JOIN track_claims c ON c.track = n.track AND c.effective_date IS NOT DISTINCT FROM n.latest`,
      selectColumns('tracks', [['track', 'track', 'text']] as const, isAnyOf('track', '$1')),
    ],
    tracks,
  );
  const lastDays = groupBy(lastDayRows, (r) => r.track);
  const current: TrackRow[] = tracks.flatMap((track) => {
    const lastDay = lastDays.get(track);
    if (!lastDay?.length) return [];
    return [{ id: track, track, ...currentStatus(lastDay), claimCount: Number(lastDay[0].claimCount) }];
  });
  const existing = stored.map((t) => ({ id: t.track, ...t }));
  await syncMergedRows(
    chunk,
    existing,
    current,
    {
      remove: (ids) => deleteWhereIn(tx, 'tracks', 'track', ids),
      write: (data) => upsertChangedRows(tx, 'tracks', TRACK_COLUMNS, data, 'track'),
    },
    (t) => ({ kind: 'status', track: t.track }),
  );
}

/** The peace-process status, recomputed from article_status_claims: the given claims, then the state of their tracks. */
export const PEACE_PROCESS_MERGES: MergedReadModel = {
  name: 'peace-process',
  remerge: async (chunk, keys) => refreshTracks(chunk, [...(await remergeClaims(chunk, keys))].sort()),
};
