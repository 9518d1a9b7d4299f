import { Controller, Get, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RequireRole } from '../../auth/roles.decorator';
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
  search(@Query() params: SearchStatementsParamsDto, @Req() request: Request) {
    return this.reads.answer(request, () => this.queries.execute(new SearchStatementsQuery(params)));
  }
}
