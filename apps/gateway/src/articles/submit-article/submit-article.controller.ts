import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Ctx } from '../../common/request-context';
import { SubmitArticleCommand, type RequestContext } from './submit-article.command';
import { AcceptedEventDto, SubmitArticleDto } from './submit-article.dto';

@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('api/articles')
export class SubmitArticleController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @RequireRole('publisher')
  @ApiOperation({ summary: 'Publish an article onto the event log (answers once Kafka has acknowledged it)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiAcceptedResponse({ type: AcceptedEventDto })
  submit(@Body() body: SubmitArticleDto, @Ctx() context: RequestContext) {
    return this.commands.execute(new SubmitArticleCommand(body, context));
  }
}
