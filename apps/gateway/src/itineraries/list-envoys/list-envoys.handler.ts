import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { decodeCursor, toPage } from '../../common/pagination';
import { envoyView } from '../itinerary-views';
import { ListEnvoysQuery, type EnvoyPage } from './list-envoys.query';

/** Envoys by name, with a name or alias filter. */
@QueryHandler(ListEnvoysQuery)
export class ListEnvoysHandler implements IQueryHandler<ListEnvoysQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ params: { q, limit, cursor } }: ListEnvoysQuery): Promise<EnvoyPage> {
    const after = decodeCursor(cursor, 2);
    const rows = await this.prisma.client.envoy.findMany({
      where: {
        AND: [
          q ? { OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { aliases: { has: q } }] } : {},
          after ? { OR: [{ name: { gt: after[0]! } }, { name: after[0]!, id: { gt: after[1]! } }] } : {},
        ],
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: limit + 1,
    });
    return toPage(rows, limit, (r) => [r.name, r.id], envoyView);
  }
}
