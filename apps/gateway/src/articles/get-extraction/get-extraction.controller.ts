import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { ArticleIdPipe } from '../../common/request-context';
import { ExtractionDto, GetExtractionQuery } from './get-extraction.query';

@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('api/articles')
export class GetExtractionController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/extraction')
  @RequireRole('reader')
  @ApiOperation({ summary: "The article's facts in the extraction contract's shape, as the read models hold them" })
  @ApiOkResponse({ type: ExtractionDto })
  get(@Param('id', ArticleIdPipe) id: string) {
    return this.queries.execute(new GetExtractionQuery(id));
  }
}
