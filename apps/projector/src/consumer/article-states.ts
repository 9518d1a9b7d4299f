import type { PrismaClient } from '@newsroom/database';
import type { ArticleState } from '@newsroom/read-models';

/** The current state of the given articles, read back from the articles read model. */
export async function loadArticleStates(db: PrismaClient, ids: string[]): Promise<Map<string, ArticleState>> {
  if (!ids.length) return new Map();
  const rows = await db.article.findMany({ where: { id: { in: ids } } });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        title: r.title,
        url: r.url,
        outlet: r.outlet,
        language: r.language,
        publishedAt: r.publishedAt,
        format: r.format as 'text' | 'html',
        text: r.text,
        contentHash: r.contentHash,
        retracted: r.state === 'retracted',
        retractionReason: r.retractionReason,
        lastEventId: r.lastEventId,
        eventCount: r.eventCount,
        firstOccurredAt: r.firstOccurredAt.toISOString(),
        lastOccurredAt: r.lastOccurredAt.toISOString(),
      },
    ]),
  );
}
