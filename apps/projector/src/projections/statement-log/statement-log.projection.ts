import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { mergeStatements, statementBucket, type StatementReport } from '@newsroom/read-models';
import { ArticleEventReceived } from '../article-event-received.event';
import { replaceArticleFacts } from '../article-facts.writer';
import { asJson, syncMergedRows } from '../merged-rows.writer';

/**
 * article_statements (who said what in each article), then the statement log: the statements of every bucket
 * (speaker, type, opening words) the article touches, merged across outlets, with their full-text search vectors.
 */
@EventsHandler(ArticleEventReceived)
export class StatementLogProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    received.track(() => this.apply(received));
  }

  private async apply({ after, facts, tx }: ArticleEventReceived): Promise<void> {
    const previous = await tx.articleStatement.findMany({ where: { articleId: after.id }, select: { bucket: true } });
    const tracks = [...new Set(facts.status.map((c) => c.track))].sort();
    const rows = facts.statements.map((s, ordinal) => ({
      articleId: after.id,
      ordinal,
      speaker: s.speaker,
      text: s.text,
      type: s.type,
      evidence: s.evidence,
      extractorVersion: facts.extractorVersion,
      tracks,
      bucket: statementBucket(s),
      outlet: after.outlet,
      url: after.url,
      publishedAt: after.publishedAt,
    }));
    await replaceArticleFacts(tx.articleStatement, after.id, rows);
    const buckets = [...new Set([...previous, ...rows].map((r) => r.bucket))].sort();
    if (!buckets.length) return;

    const reports = await tx.articleStatement.findMany({ where: { bucket: { in: buckets } }, orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] });
    const computed = buckets.flatMap((bucket) =>
      mergeStatements(reports.filter((r) => r.bucket === bucket) as StatementReport[]).map((s) => ({
        ...s,
        bucket,
        sources: asJson(s.sources),
      })),
    );
    const existing = await tx.statement.findMany({ where: { bucket: { in: buckets } } });
    const written = await syncMergedRows(
      tx,
      existing,
      computed,
      {
        remove: (ids) => tx.statement.deleteMany({ where: { id: { in: ids } } }),
        create: (data) => tx.statement.createMany({ data }),
        update: ({ id, ...data }) => tx.statement.update({ where: { id }, data }),
      },
      () => ({ kind: 'statement' }),
    );
    if (written.length) {
      const ids = written.map((s) => s.id);
      await tx.$executeRaw`UPDATE statements SET search = to_tsvector('english', speaker || ' ' || text) WHERE id = ANY(${ids})`;
    }
  }
}
