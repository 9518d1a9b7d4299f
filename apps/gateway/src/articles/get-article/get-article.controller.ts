import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { ArticleIdPipe } from '../../common/request-context';
import { ArticleViewDto } from './article-view.dto';
import { GetArticleQuery } from './get-article.query';

@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('api/articles')
export class GetArticleController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequireRole('reader')
  @ApiOperation({ summary: 'The article as ingested, with its processing state' })
  @ApiOkResponse({ type: ArticleViewDto })
  get(@Param('id', ArticleIdPipe) id: string) {
    return this.queries.execute(new GetArticleQuery(id));
  }
}
