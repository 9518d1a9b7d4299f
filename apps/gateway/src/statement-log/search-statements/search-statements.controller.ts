import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { SearchStatementsParamsDto, SearchStatementsQuery, StatementPageDto } from './search-statements.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('statements')
@ApiSecurity('api-key')
@Controller('api/statements')
export class SearchStatementsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: 'Who said what: statements merged across outlets, newest first, with full-text search' })
  @ApiOkResponse({ type: StatementPageDto })
  search(@Query() params: SearchStatementsParamsDto) {
    return this.queries.execute(new SearchStatementsQuery(params));
  }
}
