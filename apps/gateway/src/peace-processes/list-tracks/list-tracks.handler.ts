import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { decodeCursor, toPage } from '../../common/pagination';
import { trackSummary } from '../track-views';
import { ListTracksQuery, type TrackPage } from './list-tracks.query';

/** Negotiation tracks with their current state and last change, most recently changed first. */
@QueryHandler(ListTracksQuery)
export class ListTracksHandler implements IQueryHandler<ListTracksQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ params: { state, limit, cursor } }: ListTracksQuery): Promise<TrackPage> {
    const after = decodeCursor(cursor, 2);
    const rows = await this.prisma.client.track.findMany({
      where: {
        AND: [
          state ? { currentState: state } : {},
          after
            ? after[0] === null
              ? { lastChange: null, track: { gt: after[1]! } }
              : { OR: [{ lastChange: { lt: after[0] } }, { lastChange: after[0], track: { gt: after[1]! } }, { lastChange: null }] }
            : {},
        ],
      },
      orderBy: [{ lastChange: { sort: 'desc', nulls: 'last' } }, { track: 'asc' }],
      take: limit + 1,
    });
    return toPage(rows, limit, (r) => [r.lastChange, r.track], trackSummary);
  }
}
