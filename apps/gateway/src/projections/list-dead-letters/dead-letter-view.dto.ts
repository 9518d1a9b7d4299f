import { deadLetterListSchema, deadLetterViewSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export type { DeadLetterList, DeadLetterView } from '@newsroom/api-views';
export class DeadLetterViewDto extends createZodDto(deadLetterViewSchema) {}
export class DeadLetterListDto extends createZodDto(deadLetterListSchema) {}

export const listDeadLettersParamsSchema = z.object({
  state: z.enum(['dead', 'redriven', 'all']).default('dead'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().regex(/^\d{1,18}$/, 'a dead-letter id').optional(),
});
export class ListDeadLettersParamsDto extends createZodDto(listDeadLettersParamsSchema) {}
