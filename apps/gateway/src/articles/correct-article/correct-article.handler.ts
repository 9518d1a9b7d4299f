import { BadRequestException, ConflictException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { contentHash, createEvent } from '@newsroom/events';
import { requireArticle } from '../ingest/article-existence';
import { IngestService } from '../ingest/ingest.service';
import type { AcceptedEvent } from '../submit-article/submit-article.dto';
import { CorrectArticleCommand } from './correct-article.command';

/** A correction replaces the article's text and/or metadata; every fact is re-extracted. */
@CommandHandler(CorrectArticleCommand)
export class CorrectArticleHandler implements ICommandHandler<CorrectArticleCommand> {
  constructor(
    private readonly ingest: IngestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ articleId, correction, context }: CorrectArticleCommand): Promise<AcceptedEvent> {
    if (correction.text !== undefined && correction.text.length > this.config.MAX_ARTICLE_CHARS) {
      throw new BadRequestException(`text: at most ${this.config.MAX_ARTICLE_CHARS} characters`);
    }
    return this.ingest.ingest({
      articleId,
      eventType: 'ArticleCorrected',
      contentHash: contentHash({ correction }),
      context,
      decide: async (records) => {
        const { retraction } = await requireArticle(records, articleId);
        if (retraction) throw new ConflictException(`article ${articleId} was retracted and cannot be corrected`);
        return { kind: 'new', event: createEvent('ArticleCorrected', articleId, correction, context.producer) };
      },
    });
  }
}
