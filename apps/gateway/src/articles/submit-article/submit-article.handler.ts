import { BadRequestException, ConflictException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { articleIdFor, contentHash, createEvent } from '@newsroom/events';
import { IngestService } from '../ingest/ingest.service';
import { SubmitArticleCommand } from './submit-article.command';
import type { AcceptedEvent } from './submit-article.dto';

/** Submitting an article: idempotent per article id; other content under the same id is a conflict. */
@CommandHandler(SubmitArticleCommand)
export class SubmitArticleHandler implements ICommandHandler<SubmitArticleCommand> {
  constructor(
    private readonly ingest: IngestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ request, context }: SubmitArticleCommand): Promise<AcceptedEvent> {
    if (request.text.length > this.config.MAX_ARTICLE_CHARS) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `text: at most ${this.config.MAX_ARTICLE_CHARS} characters`,
        details: [{ field: 'text', problem: `at most ${this.config.MAX_ARTICLE_CHARS} characters` }],
      });
    }
    const { id: _clientId, ...payload } = request;
    const articleId = articleIdFor(request);
    const hash = contentHash(payload);
    const event = () => createEvent('ArticleSubmitted', articleId, payload, context.producer);
    const conflict = () =>
      new ConflictException(`article ${articleId} was already submitted with other content; correct it with PUT /api/articles/${articleId}`);
    return this.ingest.ingest({
      articleId,
      eventType: 'ArticleSubmitted',
      contentHash: hash,
      context,
      eventIfNew: event,
      decide: async (records) => {
        const { submitted: prior, projected } = await records.standing(articleId);
        if (prior) {
          if (prior.contentHash !== hash) throw conflict();
          return { kind: 'existing', record: prior };
        }
        if (projected) {
          if (projected.contentHash !== hash) throw conflict();
          return { kind: 'projected', eventId: projected.lastEventId };
        }
        return { kind: 'new', event: event() };
      },
    });
  }
}
