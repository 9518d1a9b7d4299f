import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { envoyView, type EnvoyView } from '../itinerary-views';
import { GetEnvoyQuery } from './get-envoy.query';

@QueryHandler(GetEnvoyQuery)
export class GetEnvoyHandler implements IQueryHandler<GetEnvoyQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ envoyId }: GetEnvoyQuery): Promise<EnvoyView> {
    const row = await this.prisma.client.envoy.findUnique({ where: { id: envoyId } });
    if (!row) throw new NotFoundException(`envoy ${envoyId} not found`);
    return envoyView(row);
  }
}
