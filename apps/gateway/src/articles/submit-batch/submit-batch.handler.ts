import { HttpException } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fieldProblems } from '../../common/api-error';
import { SubmitArticleCommand } from '../submit-article/submit-article.command';
import { SubmitBatchCommand } from './submit-batch.command';
import { batchItemSchema, type BatchResult } from './submit-batch.dto';

const CONCURRENCY = 16;

/** Each item is submitted as if on its own; the batch answers per item. */
@CommandHandler(SubmitBatchCommand)
export class SubmitBatchHandler implements ICommandHandler<SubmitBatchCommand> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ items, context }: SubmitBatchCommand): Promise<BatchResult> {
    const results: BatchResult['items'] = new Array(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await this.submitOne(index, items[index], context);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
    const accepted = results.filter((r) => r.status === 202).length;
    return { accepted, failed: results.length - accepted, items: results };
  }

  private async submitOne(index: number, item: unknown, context: SubmitBatchCommand['context']): Promise<BatchResult['items'][number]> {
    const parsed = batchItemSchema.safeParse(item);
    if (!parsed.success) {
      const details = fieldProblems(parsed.error.issues, `articles.${index}.`)!;
      return {
        index,
        status: 400,
        error: { statusCode: 400, error: 'Bad Request', message: details.map((d) => `${d.field}: ${d.problem}`).join('; '), details },
      };
    }
    try {
      const itemContext = { ...context, idempotencyKey: context.idempotencyKey && `${context.idempotencyKey}#${index}` };
      const result = await this.commands.execute(new SubmitArticleCommand(parsed.data, itemContext));
      return { index, status: 202, result };
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const res = error.getResponse();
      const message = typeof res === 'string' ? res : ((res as { message?: string }).message ?? error.message);
      return { index, status: error.getStatus(), error: { statusCode: error.getStatus(), error: error.name, message: String(message) } };
    }
  }
}
