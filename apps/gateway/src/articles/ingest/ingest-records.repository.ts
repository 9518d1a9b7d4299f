import { Injectable } from '@nestjs/common';
import { PrismaService } from '@newsroom/database';

export interface IngestedEvent {
  eventId: string;
  articleId: string;
  eventType: string;
  contentHash: string;
  state: 'pending' | 'accepted' | 'rejected' | 'projected';
  reason: string | null;
  createdAt: Date;
}

const LIVE = ['pending', 'accepted', 'projected'] as const;

/** What the gateway knows of an article's events: its own ingest records, and the projection for direct producers. */
@Injectable()
export class IngestRecordsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs `work` while holding a per-article lock, so two requests for one article decide one at a time. */
  async withArticleLock<T>(articleId: string, work: () => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${articleId}, 0))`;
        return work();
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  }

  async latest(articleId: string, eventType: string): Promise<IngestedEvent | null> {
    return this.prisma.client.ingestRecord.findFirst({
      where: { articleId, eventType, state: { in: [...LIVE] } },
      orderBy: { createdAt: 'desc' },
    }) as Promise<IngestedEvent | null>;
  }

  async byIdempotencyKey(key: string): Promise<IngestedEvent | null> {
    return this.prisma.client.ingestRecord.findUnique({ where: { idempotencyKey: key } }) as Promise<IngestedEvent | null>;
  }

  async byEventId(eventId: string): Promise<IngestedEvent | null> {
    return this.prisma.client.ingestRecord.findUnique({ where: { eventId } }) as Promise<IngestedEvent | null>;
  }

  async history(articleId: string): Promise<(IngestedEvent & { payload: unknown })[]> {
    return this.prisma.client.ingestRecord.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' } }) as Promise<
      (IngestedEvent & { payload: unknown })[]
    >;
  }

  /** A rejected request's key is freed so that the client's retry with the same key can go through. */
  async releaseIdempotencyKey(eventId: string): Promise<void> {
    await this.prisma.client.ingestRecord.update({ where: { eventId }, data: { idempotencyKey: null } });
  }

  /** Waits while another request's event for this article is still being acknowledged. */
  async settled(eventId: string, timeoutMs: number): Promise<IngestedEvent | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const record = await this.byEventId(eventId);
      if (!record || record.state !== 'pending' || Date.now() > deadline) return record;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The projected article, for articles that producers wrote to the topic directly. */
  async projectedArticle(articleId: string) {
    return this.prisma.client.article.findUnique({ where: { id: articleId } });
  }
}
