import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { trackTimeline, type ClaimReport } from '@newsroom/read-models';
import { ArticleEventReceived } from '../article-event-received.event';
import { replaceArticleFacts } from '../article-facts.writer';
import { asJson, syncMergedRows } from '../merged-rows.writer';

/**
 * article_status_claims (each article's claims about negotiation tracks), then the peace-process status: the
 * timeline and current state of every track the article touches.
 */
@EventsHandler(ArticleEventReceived)
export class PeaceProcessProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    received.track(() => this.apply(received));
  }

  private async apply({ after, facts, tx }: ArticleEventReceived): Promise<void> {
    const previous = await tx.articleStatusClaim.findMany({ where: { articleId: after.id }, select: { track: true } });
    const rows = facts.status.map((c, ordinal) => ({
      articleId: after.id,
      ordinal,
      track: c.track,
      state: c.state,
      date: c.date,
      evidence: c.evidence,
      extractorVersion: facts.extractorVersion,
      outlet: after.outlet,
      url: after.url,
      publishedAt: after.publishedAt,
    }));
    await replaceArticleFacts(tx.articleStatusClaim, after.id, rows);
    const tracks = [...new Set([...previous, ...rows].map((r) => r.track))].sort();
    if (!tracks.length) return;

    const reports = await tx.articleStatusClaim.findMany({ where: { track: { in: tracks } }, orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] });
    const statuses = tracks.map((track) => trackTimeline(track, reports.filter((r) => r.track === track) as ClaimReport[]));

    const claims = statuses.flatMap((s) => s.timeline.map((c) => ({ ...c, sources: asJson(c.sources) })));
    await syncMergedRows(
      tx,
      await tx.trackClaim.findMany({ where: { track: { in: tracks } } }),
      claims,
      {
        remove: (ids) => tx.trackClaim.deleteMany({ where: { id: { in: ids } } }),
        create: (data) => tx.trackClaim.createMany({ data }),
        update: ({ id, ...data }) => tx.trackClaim.update({ where: { id }, data }),
      },
      (c) => ({ kind: 'status', track: c.track }),
    );

    const current = statuses
      .filter((s) => s.timeline.length)
      .map((s) => ({ id: s.track, track: s.track, currentState: s.currentState, disputed: s.disputed, lastChange: s.lastChange, claimCount: s.timeline.length }));
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
}
