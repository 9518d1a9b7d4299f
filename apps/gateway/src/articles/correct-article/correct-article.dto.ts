import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { articleFormatSchema, languageSchema, outletSchema, reasonSchema, titleSchema, urlSchema } from '@newsroom/events';
import { articleTextField, publishedAtField } from '../submit-article/submit-article.dto';

export const correctArticleSchema = z
  .object({
    text: articleTextField.optional(),
    format: articleFormatSchema.optional(),
    title: titleSchema.nullable().optional(),
    url: urlSchema.nullable().optional(),
    outlet: outletSchema.nullable().optional(),
    publishedAt: publishedAtField.nullable().optional(),
    language: languageSchema.nullable().optional(),
    reason: reasonSchema.optional().describe('Why the article was corrected, for the record.'),
  })
  .strict()
  .refine(
    (c) => ['text', 'title', 'url', 'outlet', 'publishedAt', 'language'].some((k) => c[k as keyof typeof c] !== undefined),
    'a correction changes the text or at least one metadata field (null clears one)',
  );
export type CorrectArticleRequest = z.infer<typeof correctArticleSchema>;
export class CorrectArticleDto extends createZodDto(correctArticleSchema) {}
