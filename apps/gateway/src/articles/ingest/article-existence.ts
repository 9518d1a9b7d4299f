import { NotFoundException } from '@nestjs/common';
import type { IngestRecords, IngestedEvent } from './ingest-records.repository';

export interface ArticleStanding {
  /** The retraction already accepted for this article, if any. */
  retraction: IngestedEvent | { eventId: string } | null;
}

/** An article exists once a submission was accepted by the gateway or projected from the topic. */
export async function requireArticle(records: IngestRecords, articleId: string): Promise<ArticleStanding> {
  const [submitted, projected, retracted] = await Promise.all([
    records.latest(articleId, 'ArticleSubmitted'),
    records.projectedArticle(articleId),
    records.latest(articleId, 'ArticleRetracted'),
  ]);
  if (!submitted && !projected) throw new NotFoundException(`article ${articleId} not found`);
  const retraction = retracted ?? (projected?.state === 'retracted' ? { eventId: projected.lastEventId } : null);
  return { retraction };
}
