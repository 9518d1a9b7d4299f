import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../submit-article/submit-article.command';
import type { BatchResult } from './submit-batch.dto';

export class SubmitBatchCommand extends Command<BatchResult> {
  constructor(
    readonly items: unknown[],
    readonly context: RequestContext,
  ) {
    super();
  }
}
