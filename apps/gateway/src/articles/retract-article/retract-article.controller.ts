import { Body, Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { ArticleIdPipe, Ctx } from '../../common/request-context';
import type { RequestContext } from '../submit-article/submit-article.command';
import { AcceptedEventDto } from '../submit-article/submit-article.dto';
import { RetractArticleCommand } from './retract-article.command';
import { RetractArticleDto } from './retract-article.dto';

@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('api/articles')
export class RetractArticleController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @HttpCode(202)
  @RequireRole('publisher')
  @ApiOperation({ summary: 'Retract an article: every fact it gave is removed' })
  @ApiAcceptedResponse({ type: AcceptedEventDto })
  retract(@Param('id', ArticleIdPipe) id: string, @Body() body: RetractArticleDto, @Ctx() context: RequestContext) {
    return this.commands.execute(new RetractArticleCommand(id, body.reason, context));
  }
}
