import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { SearchStatementsParamsDto, SearchStatementsQuery, StatementPageDto } from './search-statements.query';

@ApiTags('statements')
@ApiSecurity('api-key')
@Controller('api/statements')
export class SearchStatementsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get()
  @RequireRole('reader')
  @ApiOperation({ summary: 'Who said what: statements merged across outlets, newest first, with full-text search' })
  @ApiOkResponse({ type: StatementPageDto })
  search(@Query() params: SearchStatementsParamsDto, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new SearchStatementsQuery(params)));
  }
}
