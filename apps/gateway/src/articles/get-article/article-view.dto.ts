import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const articleViewSchema = z.object({
  articleId: z.string(),
  state: z.enum(['accepted', 'projected', 'failed', 'retracted']).describe(
    'accepted: on the event log, not yet projected; projected: facts are in the read models; failed: dead-lettered; retracted',
  ),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().nullable(),
  format: z.enum(['text', 'html']).nullable(),
  text: z.string(),
  extractorVersion: z.string().nullable(),
  failure: z.object({ eventId: z.string().nullable(), reason: z.string(), error: z.string() }).nullable(),
  retractionReason: z.string().nullable(),
  events: z.array(
    z.object({ eventId: z.string(), type: z.string(), state: z.enum(['pending', 'accepted', 'rejected', 'projected']), at: z.string() }),
  ),
});
export type ArticleView = z.infer<typeof articleViewSchema>;
export class ArticleViewDto extends createZodDto(articleViewSchema) {}
