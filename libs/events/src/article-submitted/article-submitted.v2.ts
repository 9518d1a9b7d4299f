import { z } from 'zod';
import {
  EVENT_TEXT_LIMIT,
  articleFormatSchema,
  articleTextSchema,
  languageSchema,
  outletSchema,
  publishedAtSchema,
  titleSchema,
  urlSchema,
} from '../article-fields';

/** v2 (current): text or HTML, outlet and language. */
export const articleSubmittedV2Schema = z.object({
  text: articleTextSchema(EVENT_TEXT_LIMIT),
  format: articleFormatSchema,
  title: titleSchema.optional(),
  url: urlSchema.optional(),
  outlet: outletSchema.optional(),
  publishedAt: publishedAtSchema.optional(),
  language: languageSchema.optional(),
});
export type ArticleSubmittedV2 = z.infer<typeof articleSubmittedV2Schema>;
