import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listReplays, PrismaService } from '@newsroom/database';
import { prismaSql, replayView } from '../replay-view';
import { ListReplaysQuery, type ReplayList } from './list-replays.query';

/** Replays, newest first. */
@QueryHandler(ListReplaysQuery)
export class ListReplaysHandler implements IQueryHandler<ListReplaysQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ limit, before }: ListReplaysQuery): Promise<ReplayList> {
    const rows = await listReplays(prismaSql(this.prisma), limit + 1, before);
    const page = rows.slice(0, limit);
    return { items: page.map(replayView), nextBefore: rows.length > limit ? page.at(-1)!.id : null };
  }
}
