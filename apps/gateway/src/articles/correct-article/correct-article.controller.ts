import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { ArticleIdPipe, Ctx } from '../../common/request-context';
import type { RequestContext } from '../submit-article/submit-article.command';
import { AcceptedEventDto } from '../submit-article/submit-article.dto';
import { CorrectArticleCommand } from './correct-article.command';
import { CorrectArticleDto } from './correct-article.dto';

@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('api/articles')
export class CorrectArticleController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':id')
  @HttpCode(202)
  @RequireRole('publisher')
  @ApiOperation({ summary: 'Correct an article: new text and/or metadata; its facts are re-extracted' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiAcceptedResponse({ type: AcceptedEventDto })
  correct(@Param('id', ArticleIdPipe) id: string, @Body() body: CorrectArticleDto, @Ctx() context: RequestContext) {
    return this.commands.execute(new CorrectArticleCommand(id, body, context));
  }
}
