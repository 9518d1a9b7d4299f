import { NotFoundException } from '@nestjs/common';
import type { IngestRecords, IngestedEvent } from './ingest-records.repository';

/** An article exists once a submission was accepted by the gateway or projected from the topic; returns its retraction, if any. */
export async function requireArticle(records: IngestRecords, articleId: string): Promise<{ retraction: IngestedEvent | { eventId: string } | null }> {
  const { submitted, retracted, projected } = await records.standing(articleId);
  if (!submitted && !projected) throw new NotFoundException(`article ${articleId} not found`);
  return { retraction: retracted ?? (projected?.retracted ? { eventId: projected.lastEventId } : null) };
}
