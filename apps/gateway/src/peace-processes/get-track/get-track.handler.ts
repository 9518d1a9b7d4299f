import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows, type TrackModel } from '@newsroom/database';
import { JsonText, type JsonItemRow } from '../../common/json-text';
import { TRACK_COLUMNS, trackSummary, type TrackStatusView } from '../track-views';
import { GetTrackQuery } from './get-track.query';

/**
 * The queries of one track: its row, and the latest `limit` claims of its timeline (newest first), each as the view
 * stored with the row (timeline_claim_view, see the migration stored_view_items: each claim with every source and
 * its evidence, built once when the projector writes the claim instead of on every read).
 */
export const trackSql = ({ track, limit }: Pick<GetTrackQuery, 'track' | 'limit'>) => ({
  track: Prisma.sql`SELECT ${TRACK_COLUMNS} FROM tracks WHERE track = ${track}`,
  claims: Prisma.sql`SELECT item FROM track_claims WHERE track = ${track} ORDER BY effective_date DESC NULLS LAST, state, id LIMIT ${limit}`,
});

/** One track: its current state and the latest claims of its timeline (oldest first), which it is derived from. */
@QueryHandler(GetTrackQuery)
export class GetTrackHandler implements IQueryHandler<GetTrackQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute(query: GetTrackQuery): Promise<JsonText<TrackStatusView>> {
    const db = this.prisma.pool;
    const sql = trackSql(query);
    const [[row], claims] = await Promise.all([queryRows<TrackModel>(db, sql.track), queryRows<JsonItemRow>(db, sql.claims)]);
    if (!row) throw new NotFoundException(`peace process ${query.track} not found`);
    const summary = JSON.stringify(trackSummary(row));
    const timeline = claims.reverse().map((c) => c.item);
    return new JsonText(`${summary.slice(0, -1)},"timeline":[${timeline.join(',')}]}`);
  }
}
