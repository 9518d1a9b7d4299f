import { acceptedEventSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../common/api-error';
import { submitArticleSchema } from '../submit-article/submit-article.dto';

// Items are validated one by one in the handler, so that one bad item does not reject the batch.
export const submitBatchSchema = z
  .object({ articles: z.array(z.unknown()).min(1, 'at least one article').describe('Articles, each shaped like POST /api/articles') })
  .strict();
export class SubmitBatchDto extends createZodDto(submitBatchSchema) {}

export const batchItemResultSchema = z.object({
  index: z.number().int(),
  status: z.number().int().describe('the HTTP status this item would have had on its own'),
  result: acceptedEventSchema.optional(),
  error: apiErrorSchema.optional(),
});
export const batchResultSchema = z.object({
  accepted: z.number().int(),
  failed: z.number().int(),
  items: z.array(batchItemResultSchema),
});
export type BatchResult = z.infer<typeof batchResultSchema>;
export class BatchResultDto extends createZodDto(batchResultSchema) {}
export const batchItemSchema = submitArticleSchema;
