import { z } from 'zod';
import { EVENT_TEXT_LIMIT, articleTextSchema, publishedAtSchema, titleSchema, urlSchema } from '../article-fields';

/** v1 (first release): plain text only; the outlet was called `source`. */
export const articleSubmittedV1Schema = z.object({
  text: articleTextSchema(EVENT_TEXT_LIMIT),
  title: titleSchema.optional(),
  url: urlSchema.optional(),
  source: z.string().min(1).max(200).optional(),
  publishedAt: publishedAtSchema.optional(),
});
export type ArticleSubmittedV1 = z.infer<typeof articleSubmittedV1Schema>;
