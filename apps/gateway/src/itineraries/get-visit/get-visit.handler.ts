import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows } from '@newsroom/database';
import { JsonText, type JsonItemRow } from '../../common/json-text';
import { VISIT_DETAIL_JSON, type VisitDetailView } from '../itinerary-views';
import { GetVisitQuery } from './get-visit.query';

/** One merged visit with the evidence sentence(s) of each of its sources. */
@QueryHandler(GetVisitQuery)
export class GetVisitHandler implements IQueryHandler<GetVisitQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ visitId }: GetVisitQuery): Promise<JsonText<VisitDetailView>> {
    const [row] = await queryRows<JsonItemRow>(this.prisma.pool, Prisma.sql`SELECT ${VISIT_DETAIL_JSON} AS item FROM visits WHERE id = ${visitId}`);
    if (!row) throw new NotFoundException(`visit ${visitId} not found`);
    return new JsonText(row.item);
  }
}
