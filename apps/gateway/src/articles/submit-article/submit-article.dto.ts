import { acceptedEventSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  EVENT_TEXT_LIMIT,
  articleFormatSchema,
  articleIdSchema,
  languageSchema,
  outletSchema,
  publishedAtSchema,
  titleSchema,
  urlSchema,
} from '@newsroom/events';

const FUTURE_TOLERANCE_MS = 2 * 24 * 3600 * 1000;

export const articleTextField = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'a string') })
  .max(EVENT_TEXT_LIMIT, `at most ${EVENT_TEXT_LIMIT} characters`)
  .refine((t) => t.trim().length > 0, 'not empty');

export const publishedAtField = publishedAtSchema.refine(
  (v) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v) <= Date.now() + FUTURE_TOLERANCE_MS,
  'not in the future',
);

export const submitArticleSchema = z
  .object({
    text: articleTextField.describe('The article: plain text, or HTML when format is "html".'),
    format: articleFormatSchema.default('text'),
    title: titleSchema.optional(),
    url: urlSchema.optional(),
    outlet: outletSchema.optional(),
    publishedAt: publishedAtField.optional(),
    language: languageSchema.optional(),
    id: articleIdSchema.optional().describe('Your id for the article; derived from the URL or the text when absent.'),
  })
  .strict();
export type SubmitArticleRequest = z.infer<typeof submitArticleSchema>;
export class SubmitArticleDto extends createZodDto(submitArticleSchema) {}

export type { AcceptedEvent } from '@newsroom/api-views';
export class AcceptedEventDto extends createZodDto(acceptedEventSchema) {}
