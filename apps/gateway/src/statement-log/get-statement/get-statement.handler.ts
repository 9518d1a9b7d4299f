import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { StatementDetailView } from '@newsroom/api-views';
import { Prisma, PrismaService, queryRows } from '@newsroom/database';
import { statementDetailView, type StatementRow } from '../statement-views';
import { GetStatementQuery } from './get-statement.query';

/** One merged statement with every source and its evidence sentence(s). */
@QueryHandler(GetStatementQuery)
export class GetStatementHandler implements IQueryHandler<GetStatementQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ statementId }: GetStatementQuery): Promise<StatementDetailView> {
    const [row] = await queryRows<StatementRow>(
      this.prisma.pool,
      Prisma.sql`
        SELECT id, speaker, text, type, date, tracks, corroboration, jsonb_array_length(sources) AS "sourceCount", sources
        FROM statements WHERE id = ${statementId}`,
    );
    if (!row) throw new NotFoundException(`statement ${statementId} not found`);
    return statementDetailView(row);
  }
}
