import { z } from 'zod';
import {
  EVENT_TEXT_LIMIT,
  articleFormatSchema,
  articleTextSchema,
  languageSchema,
  outletSchema,
  publishedAtSchema,
  reasonSchema,
  titleSchema,
  urlSchema,
} from '../article-fields';

/** New text and/or metadata; fields left out keep their value, `null` clears a metadata field. */
export const articleCorrectedV1Schema = z
  .object({
    text: articleTextSchema(EVENT_TEXT_LIMIT).optional(),
    format: articleFormatSchema.optional(),
    title: titleSchema.nullable().optional(),
    url: urlSchema.nullable().optional(),
    outlet: outletSchema.nullable().optional(),
    publishedAt: publishedAtSchema.nullable().optional(),
    language: languageSchema.nullable().optional(),
    reason: reasonSchema.optional(),
  })
  .refine(
    (c) => ['text', 'title', 'url', 'outlet', 'publishedAt', 'language'].some((k) => c[k as keyof typeof c] !== undefined),
    'a correction changes the text or at least one metadata field',
  );
export type ArticleCorrectedV1 = z.infer<typeof articleCorrectedV1Schema>;
