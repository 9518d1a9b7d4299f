import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows, type TrackModel } from '@newsroom/database';
import { JsonText, type JsonItemRow } from '../../common/json-text';
import { TIMELINE_CLAIM_JSON, TRACK_COLUMNS, trackSummary, type TrackStatusView } from '../track-views';
import { GetTrackQuery } from './get-track.query';

/** One track: its current state and the latest claims of its timeline (oldest first), which it is derived from. */
@QueryHandler(GetTrackQuery)
export class GetTrackHandler implements IQueryHandler<GetTrackQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ track, limit }: GetTrackQuery): Promise<JsonText<TrackStatusView>> {
    const db = this.prisma.pool;
    const [[row], claims] = await Promise.all([
      queryRows<TrackModel>(db, Prisma.sql`SELECT ${TRACK_COLUMNS} FROM tracks WHERE track = ${track}`),
      queryRows<JsonItemRow>(
        db,
        Prisma.sql`SELECT ${TIMELINE_CLAIM_JSON} AS item FROM track_claims WHERE track = ${track} ORDER BY effective_date DESC NULLS LAST, state, id LIMIT ${limit}`,
      ),
    ]);
    if (!row) throw new NotFoundException(`peace process ${track} not found`);
    const summary = JSON.stringify(trackSummary(row));
    const timeline = claims.reverse().map((c) => c.item);
    return new JsonText(`${summary.slice(0, -1)},"timeline":[${timeline.join(',')}]}`);
  }
}
