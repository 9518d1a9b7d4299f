import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { TransactionClient } from '@newsroom/database';
import type { TrackState } from '@newsroom/extraction';
import { claimKey, currentStatus, mergeClaim, stableId, type ClaimReport } from '@newsroom/read-models';
import { ArticleEventReceived } from '../article-event-received.event';
import { replaceArticleFacts } from '../article-facts.writer';
import { asJson, syncMergedRows } from '../merged-rows.writer';

/**
 * article_status_claims (each article's claims about negotiation tracks), then the peace-process status: the
 * merged claims the article touches, and the current state of their tracks.
 */
@EventsHandler(ArticleEventReceived)
export class PeaceProcessProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    received.track(() => this.apply(received));
  }

  private async apply({ after, facts, tx }: ArticleEventReceived): Promise<void> {
    const previous = await tx.articleStatusClaim.findMany({ where: { articleId: after.id }, select: { track: true, claimKey: true } });
    const rows = facts.status.map((c, ordinal) => ({
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
    }));
    await replaceArticleFacts(tx.articleStatusClaim, after.id, rows);
    const keys = [...new Set([...previous, ...rows].map((r) => r.claimKey))].sort();
    if (!keys.length) return;

    const reports = await tx.articleStatusClaim.findMany({ where: { claimKey: { in: keys } }, orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] });
    const claims = keys.flatMap((key) => {
      const group = reports.filter((r) => r.claimKey === key) as ClaimReport[];
      if (!group.length) return [];
      const claim = mergeClaim(group);
      return [{ ...claim, sources: asJson(claim.sources) }];
    });
    const ids = keys.map((key) => stableId('claim', key));
    await syncMergedRows(
      tx,
      await tx.trackClaim.findMany({ where: { id: { in: ids } } }),
      claims,
      {
        remove: (removed) => tx.trackClaim.deleteMany({ where: { id: { in: removed } } }),
        create: (data) => tx.trackClaim.createMany({ data }),
        update: ({ id, ...data }) => tx.trackClaim.update({ where: { id }, data }),
      },
      (c) => ({ kind: 'status', track: c.track }),
    );
    await refreshTracks(tx, [...new Set([...previous, ...rows].map((r) => r.track))].sort());
  }
}

/** tracks: each touched track's current state, from its claims of the latest day (an indexed look-up). */
async function refreshTracks(tx: TransactionClient, tracks: string[]): Promise<void> {
  const current = [];
  for (const track of tracks) {
    const claimCount = await tx.trackClaim.count({ where: { track } });
    if (!claimCount) continue;
    const latest = await tx.trackClaim.findFirst({ where: { track }, orderBy: { effectiveDate: { sort: 'desc', nulls: 'last' } }, select: { effectiveDate: true } });
    const lastDay = await tx.trackClaim.findMany({ where: { track, effectiveDate: latest?.effectiveDate ?? null }, select: { state: true, effectiveDate: true } });
    current.push({ id: track, track, ...currentStatus(lastDay as Array<{ state: TrackState; effectiveDate: string | null }>), claimCount });
  }
  const existing = (await tx.track.findMany({ where: { track: { in: tracks } } })).map((t) => ({ id: t.track, ...t }));
  await syncMergedRows(
    tx,
    existing,
    current,
    {
      remove: (ids) => tx.track.deleteMany({ where: { track: { in: ids } } }),
      create: (data) => tx.track.createMany({ data: data.map(({ id: _id, ...t }) => t) }),
      update: ({ id, ...data }) => tx.track.update({ where: { track: id }, data }),
    },
    (t) => ({ kind: 'status', track: t.track }),
  );
}
