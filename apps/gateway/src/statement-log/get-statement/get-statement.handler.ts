import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { StatementDetailView } from '@newsroom/api-views';
import { Prisma, PrismaService, queryRows } from '@newsroom/database';
import { JsonText, type JsonItemRow } from '../../common/json-text';
import { statementJson } from '../statement-views';
import { GetStatementQuery } from './get-statement.query';

/** One merged statement with every source and its evidence sentence(s). */
@QueryHandler(GetStatementQuery)
export class GetStatementHandler implements IQueryHandler<GetStatementQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ statementId }: GetStatementQuery): Promise<JsonText<StatementDetailView>> {
    const [row] = await queryRows<JsonItemRow>(this.prisma.pool, Prisma.sql`SELECT ${statementJson({ list: false })} AS item FROM statements WHERE id = ${statementId}`);
    if (!row) throw new NotFoundException(`statement ${statementId} not found`);
    return new JsonText(row.item);
  }
}
