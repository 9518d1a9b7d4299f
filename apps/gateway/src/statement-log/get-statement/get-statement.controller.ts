import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { paramPipe } from '../../common/param.pipe';
import { StatementDetailDto, statementIdParam } from '../statement-views';
import { GetStatementQuery } from './get-statement.query';

@ApiTags('statements')
@ApiSecurity('api-key')
@Controller('api/statements')
export class GetStatementController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get(':id')
  @RequireRole('reader')
  @ApiOperation({ summary: 'One merged statement: every outlet and article that reported it, each with its evidence sentence(s)' })
  @ApiOkResponse({ type: StatementDetailDto })
  get(@Param('id', paramPipe('id', statementIdParam)) id: string, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new GetStatementQuery(id)));
  }
}
