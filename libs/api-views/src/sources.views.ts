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

/** An article a fact was read from, without the sentence(s): what list items carry (their detail has the evidence). */
export const sourceRefSchema = sourceSchema.omit({ evidence: true });
export type SourceRefView = z.infer<typeof sourceRefSchema>;
