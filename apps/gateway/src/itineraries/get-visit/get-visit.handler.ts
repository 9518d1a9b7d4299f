import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { visitDetailView, type VisitDetailView } from '../itinerary-views';
import { GetVisitQuery } from './get-visit.query';

/** One merged visit with the evidence sentence(s) of each of its sources. */
@QueryHandler(GetVisitQuery)
export class GetVisitHandler implements IQueryHandler<GetVisitQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ visitId }: GetVisitQuery): Promise<VisitDetailView> {
    const row = await this.prisma.client.visit.findUnique({ where: { id: visitId } });
    if (!row) throw new NotFoundException(`visit ${visitId} not found`);
    return visitDetailView(row);
  }
}
