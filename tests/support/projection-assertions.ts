// What "no loss, no duplicate" means on the read models: every event of the topic recorded as applied exactly once,
// no dead letter, and every article's event count equal to the number of its events (an event applied twice
// would count twice, since the projection folds each applied event into the article).
import type { PrismaClient } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';

export async function expectEachEventAppliedOnce(prisma: PrismaClient, topic: string, events: ArticleEvent[]): Promise<void> {
  const applied = await prisma.appliedEvent.findMany({ where: { topic }, select: { eventId: true } });
  expect(applied).toHaveLength(events.length);
  expect(new Set(applied.map((a) => a.eventId))).toEqual(new Set(events.map((e) => e.eventId)));
  expect(await prisma.deadLetter.count({ where: { topic } })).toBe(0);

  const perArticle = new Map<string, number>();
  for (const e of events) perArticle.set(e.articleId, (perArticle.get(e.articleId) ?? 0) + 1);
  const articles = await prisma.article.findMany({ where: { id: { in: [...perArticle.keys()] } }, select: { id: true, eventCount: true } });
  expect(new Map(articles.map((a) => [a.id, a.eventCount]))).toEqual(perArticle);
}
