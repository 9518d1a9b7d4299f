import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const deadLetterViewSchema = z.object({
  id: z.string(),
  topic: z.string().describe('the topic the event was read from'),
  partition: z.number().int(),
  offset: z.string(),
  eventId: z.string().nullable(),
  articleId: z.string().nullable(),
  eventType: z.string().nullable(),
  reason: z.string().describe('invalid_json, invalid_envelope, unknown_version, invalid_payload, header_mismatch, rejected or handler_failed'),
  error: z.string(),
  stack: z.string().nullable(),
  attempts: z.number().int(),
  state: z.enum(['dead', 'redriven']),
  createdAt: z.string(),
  redrivenAt: z.string().nullable(),
});
export type DeadLetterView = z.infer<typeof deadLetterViewSchema>;
export class DeadLetterViewDto extends createZodDto(deadLetterViewSchema) {}

export const deadLetterListSchema = z.object({
  items: z.array(deadLetterViewSchema),
  nextBefore: z.string().nullable().describe('pass as `before` for the next (older) page; null on the last page'),
});
export type DeadLetterList = z.infer<typeof deadLetterListSchema>;
export class DeadLetterListDto extends createZodDto(deadLetterListSchema) {}

export const listDeadLettersParamsSchema = z.object({
  state: z.enum(['dead', 'redriven', 'all']).default('dead'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().regex(/^\d{1,18}$/, 'a dead-letter id').optional(),
});
export class ListDeadLettersParamsDto extends createZodDto(listDeadLettersParamsSchema) {}
