import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { PrismaService, type DeadLetterModel } from '@newsroom/database';
import type { DeadLetterList, DeadLetterView } from './dead-letter-view.dto';
import { ListDeadLettersQuery } from './list-dead-letters.query';

export const deadLetterView = (d: DeadLetterModel): DeadLetterView => ({
  id: d.id.toString(),
  topic: d.topic,
  partition: d.partition,
  offset: d.offset.toString(),
  eventId: d.eventId,
  articleId: d.articleId,
  eventType: d.eventType,
  reason: d.reason,
  error: d.error,
  stack: d.stack,
  attempts: d.attempts,
  state: d.state as DeadLetterView['state'],
  createdAt: d.createdAt.toISOString(),
  redrivenAt: d.redrivenAt?.toISOString() ?? null,
});

/** Dead letters of the gateway's article topic, newest first. */
@QueryHandler(ListDeadLettersQuery)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLettersQuery> {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ state, limit, before }: ListDeadLettersQuery): Promise<DeadLetterList> {
    const rows = await this.prisma.client.deadLetter.findMany({
      where: {
        topic: this.config.ARTICLES_TOPIC,
        ...(state === 'all' ? {} : { state }),
        ...(before ? { id: { lt: BigInt(before) } } : {}),
      },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    return { items: page.map(deadLetterView), nextBefore: rows.length > limit ? page.at(-1)!.id.toString() : null };
  }
}
