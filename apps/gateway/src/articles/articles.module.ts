import { Module } from '@nestjs/common';
import { CorrectArticleController } from './correct-article/correct-article.controller';
import { CorrectArticleHandler } from './correct-article/correct-article.handler';
import { GetArticleController } from './get-article/get-article.controller';
import { GetExtractionController } from './get-extraction/get-extraction.controller';
import { GetExtractionHandler } from './get-extraction/get-extraction.handler';
import { GetArticleHandler } from './get-article/get-article.handler';
import { ArticleEventPublisher } from './ingest/article-event.publisher';
import { IngestRecordsRepository } from './ingest/ingest-records.repository';
import { IngestService } from './ingest/ingest.service';
import { RetractArticleController } from './retract-article/retract-article.controller';
import { RetractArticleHandler } from './retract-article/retract-article.handler';
import { SubmitArticleController } from './submit-article/submit-article.controller';
import { SubmitArticleHandler } from './submit-article/submit-article.handler';
import { SubmitBatchController } from './submit-batch/submit-batch.controller';
import { SubmitBatchHandler } from './submit-batch/submit-batch.handler';

@Module({
  controllers: [SubmitBatchController, SubmitArticleController, CorrectArticleController, RetractArticleController, GetArticleController, GetExtractionController],
  providers: [
    ArticleEventPublisher,
    IngestRecordsRepository,
    IngestService,
    SubmitArticleHandler,
    SubmitBatchHandler,
    CorrectArticleHandler,
    RetractArticleHandler,
    GetArticleHandler,
    GetExtractionHandler,
  ],
})
export class ArticlesModule {}
