import { z } from 'zod';

/** An article a fact was read from, with the sentence(s) it comes from. */
export const sourceSchema = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  evidence: z.string(),
});
export type SourceView = z.infer<typeof sourceSchema>;
