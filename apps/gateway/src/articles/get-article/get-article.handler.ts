import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { decodeEvent, type ArticleSubmittedV2 } from '@newsroom/events';
import { GetArticleQuery } from './get-article.query';
import type { ArticleView } from './article-view.dto';

/** The article as ingested, with its processing state, from the ingest records and the projection. */
@QueryHandler(GetArticleQuery)
export class GetArticleHandler implements IQueryHandler<GetArticleQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ articleId }: GetArticleQuery): Promise<ArticleView> {
    const db = this.prisma.client;
    const [records, article, deadLetter] = await Promise.all([
      db.ingestRecord.findMany({ where: { articleId, state: { not: 'rejected' } }, orderBy: { createdAt: 'asc' } }),
      db.article.findUnique({ where: { id: articleId } }),
      db.deadLetter.findFirst({ where: { articleId, state: 'dead' }, orderBy: { id: 'desc' } }),
    ]);
    // An article another producer wrote to the topic has no ingest record; when its event failed, only its dead letter knows it.
    if (!records.length && !article && !deadLetter) throw new NotFoundException(`article ${articleId} not found`);

    const submitted = [...records].reverse().find((r) => r.eventType === 'ArticleSubmitted');
    const payload = (submitted?.payload as { payload?: ArticleSubmittedV2 } | undefined)?.payload ?? deadLetteredSubmission(deadLetter?.value);
    const unprojected = records.some((r) => r.state === 'pending' || r.state === 'accepted');
    const lastRecord = records.at(-1);
    const failedLast = deadLetter && (!lastRecord || deadLetter.eventId === lastRecord.eventId || !article);
    const state: ArticleView['state'] = failedLast ? 'failed' : unprojected ? 'accepted' : ((article?.state as ArticleView['state'] | undefined) ?? 'accepted');

    return {
      articleId,
      state,
      title: article?.title ?? payload?.title ?? null,
      url: article?.url ?? payload?.url ?? null,
      outlet: article?.outlet ?? payload?.outlet ?? null,
      publishedAt: article?.publishedAt ?? payload?.publishedAt?.slice(0, 10) ?? null,
      language: article?.language ?? payload?.language ?? null,
      format: (article?.format as 'text' | 'html' | undefined) ?? payload?.format ?? null,
      text: article?.text ?? payload?.text ?? '',
      extractorVersion: article?.extractorVersion ?? null,
      failure: failedLast ? { eventId: deadLetter.eventId, reason: deadLetter.reason, error: deadLetter.error } : null,
      retractionReason: article?.retractionReason ?? null,
      events: records.map((r) => ({ eventId: r.eventId, type: r.eventType, state: r.state as ArticleView['events'][number]['state'], at: r.createdAt.toISOString() })),
    };
  }
}

/** The submission carried by a dead letter's raw value, when it is one that can still be read. */
function deadLetteredSubmission(value: Uint8Array | null | undefined): ArticleSubmittedV2 | undefined {
  if (!value) return undefined;
  try {
    const event = decodeEvent(Buffer.from(value));
    return event.type === 'ArticleSubmitted' ? event.payload : undefined;
  } catch {
    return undefined;
  }
}
