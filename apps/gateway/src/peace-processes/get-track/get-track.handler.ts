import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { timelineClaim, trackSummary, type TrackStatusView } from '../track-views';
import { GetTrackQuery } from './get-track.query';

/** One track: its current state and the latest claims of its timeline (oldest first), which it is derived from. */
@QueryHandler(GetTrackQuery)
export class GetTrackHandler implements IQueryHandler<GetTrackQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ track, limit }: GetTrackQuery): Promise<TrackStatusView> {
    const db = this.prisma.client;
    const [row, claims] = await Promise.all([
      db.track.findUnique({ where: { track } }),
      db.trackClaim.findMany({ where: { track }, orderBy: [{ effectiveDate: { sort: 'desc', nulls: 'last' } }, { state: 'asc' }, { id: 'asc' }], take: limit }),
    ]);
    if (!row) throw new NotFoundException(`peace process ${track} not found`);
    return { ...trackSummary(row), timeline: claims.reverse().map(timelineClaim) };
  }
}
