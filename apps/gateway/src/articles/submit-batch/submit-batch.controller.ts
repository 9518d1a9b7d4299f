import { BadRequestException, Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { RequireRole } from '../../auth/roles.decorator';
import { Ctx } from '../../common/request-context';
import type { RequestContext } from '../submit-article/submit-article.command';
import { SubmitBatchCommand } from './submit-batch.command';
import { BatchResultDto, SubmitBatchDto } from './submit-batch.dto';

@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('api/articles/batch')
export class SubmitBatchController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @RequireRole('publisher')
  @ApiOperation({ summary: 'Publish several articles (wire feeds); every item gets its own result' })
  @ApiOkResponse({ type: BatchResultDto })
  submit(@Body() body: SubmitBatchDto, @Ctx() context: RequestContext) {
    if (body.articles.length > this.config.BATCH_MAX_ARTICLES) {
      throw new BadRequestException(`articles: at most ${this.config.BATCH_MAX_ARTICLES} articles per batch`);
    }
    return this.commands.execute(new SubmitBatchCommand(body.articles, context));
  }
}
