import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findReplay, PrismaService } from '@newsroom/database';
import { prismaSql, replayView, type ReplayView } from '../replay-view';
import { GetReplayQuery } from './get-replay.query';

/** One replay with its progress: events done/total, rate, ETA, state. */
@QueryHandler(GetReplayQuery)
export class GetReplayHandler implements IQueryHandler<GetReplayQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ id }: GetReplayQuery): Promise<ReplayView> {
    const replay = await findReplay(prismaSql(this.prisma), id);
    if (!replay) throw new NotFoundException(`replay ${id} not found`);
    return replayView(replay);
  }
}
