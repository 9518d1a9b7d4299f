import { ConflictException, Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type PrismaClient, type TransactionClient } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';

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

/**
 * What the gateway knows of an article's events, read through one client: its own ingest records,
 * and the projection for articles that producers wrote to the topic directly.
 */
export class IngestRecords {
  constructor(protected readonly db: PrismaClient | TransactionClient) {}

  async latest(articleId: string, eventType: ArticleEvent['type']): Promise<IngestedEvent | null> {
    return this.db.ingestRecord.findFirst({
      where: { articleId, eventType, state: { in: [...LIVE] } },
      orderBy: { createdAt: 'desc' },
    });
  }

  async byIdempotencyKey(key: string): Promise<IngestedEvent | null> {
    return this.db.ingestRecord.findUnique({ where: { idempotencyKey: key } });
  }

  async byEventId(eventId: string): Promise<IngestedEvent | null> {
    return this.db.ingestRecord.findUnique({ where: { eventId } });
  }

  /** A rejected request's key is freed so that the client's retry with the same key can go through. */
  async releaseIdempotencyKey(eventId: string): Promise<void> {
    await this.db.ingestRecord.update({ where: { eventId }, data: { idempotencyKey: null } });
  }

  /** Records an event as pending before it is produced, so a concurrent duplicate sees it. */
  async reserve(event: ArticleEvent, meta: { contentHash: string; idempotencyKey?: string }): Promise<void> {
    try {
      await this.db.ingestRecord.create({
        data: {
          eventId: event.eventId,
          articleId: event.articleId,
          eventType: event.type,
          contentHash: meta.contentHash,
          idempotencyKey: meta.idempotencyKey ?? null,
          state: 'pending',
          payload: event as object,
        },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new ConflictException('this Idempotency-Key is being used by another request right now');
      }
      throw error;
    }
  }

  /** The projected article, for articles that producers wrote to the topic directly. */
  async projectedArticle(articleId: string) {
    return this.db.article.findUnique({ where: { id: articleId } });
  }
}

@Injectable()
export class IngestRecordsRepository extends IngestRecords {
  constructor(private readonly prisma: PrismaService) {
    super(prisma.client);
  }

  /**
   * Runs `work` in one transaction holding a per-article lock, so two requests for one article decide one
   * at a time. `work` must use the records it is given: they run on the transaction's own connection.
   */
  async withArticleLock<T>(articleId: string, work: (locked: IngestRecords) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${articleId}, 0))`;
        return work(new IngestRecords(tx));
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
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
}
