import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows, type TrackClaimModel, type TrackModel } from '@newsroom/database';
import { TRACK_CLAIM_COLUMNS, TRACK_COLUMNS, timelineClaim, trackSummary, type TrackStatusView } from '../track-views';
import { GetTrackQuery } from './get-track.query';

/** One track: its current state and the latest claims of its timeline (oldest first), which it is derived from. */
@QueryHandler(GetTrackQuery)
export class GetTrackHandler implements IQueryHandler<GetTrackQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ track, limit }: GetTrackQuery): Promise<TrackStatusView> {
    const db = this.prisma.pool;
    const [[row], claims] = await Promise.all([
      queryRows<TrackModel>(db, Prisma.sql`SELECT ${TRACK_COLUMNS} FROM tracks WHERE track = ${track}`),
      queryRows<TrackClaimModel>(
        db,
        Prisma.sql`SELECT ${TRACK_CLAIM_COLUMNS} FROM track_claims WHERE track = ${track} ORDER BY effective_date DESC NULLS LAST, state, id LIMIT ${limit}`,
      ),
    ]);
    if (!row) throw new NotFoundException(`peace process ${track} not found`);
    return { ...trackSummary(row), timeline: claims.reverse().map(timelineClaim) };
  }
}
