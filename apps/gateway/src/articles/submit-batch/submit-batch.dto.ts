import { batchResultSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { submitArticleSchema } from '../submit-article/submit-article.dto';

// Items are validated one by one in the handler, so that one bad item does not reject the batch.
export const submitBatchSchema = z
  .object({ articles: z.array(z.unknown()).min(1, 'at least one article').describe('Articles, each shaped like POST /api/articles') })
  .strict();
export class SubmitBatchDto extends createZodDto(submitBatchSchema) {}

export type { BatchResult } from '@newsroom/api-views';
export class BatchResultDto extends createZodDto(batchResultSchema) {}
export const batchItemSchema = submitArticleSchema;
