import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { timelineClaim, trackSummary, type TrackStatusView } from '../track-views';
import { GetTrackQuery } from './get-track.query';

/** One track: its current state and the timeline of state claims it is derived from. */
@QueryHandler(GetTrackQuery)
export class GetTrackHandler implements IQueryHandler<GetTrackQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ track }: GetTrackQuery): Promise<TrackStatusView> {
    const db = this.prisma.client;
    const [row, claims] = await Promise.all([
      db.track.findUnique({ where: { track } }),
      db.trackClaim.findMany({ where: { track }, orderBy: [{ effectiveDate: { sort: 'asc', nulls: 'first' } }, { state: 'asc' }, { id: 'asc' }] }),
    ]);
    if (!row) throw new NotFoundException(`peace process ${track} not found`);
    return { ...trackSummary(row), timeline: claims.map(timelineClaim) };
  }
}
