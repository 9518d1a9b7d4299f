import { z } from 'zod';
import { pageSchema } from './pagination.views';
import { sourceRefSchema, sourceSchema } from './sources.views';

/**
 * Sources a statement carries in a list: a background line repeated by one outlet's every article ("..., according to
 * the United Nations") becomes one statement with thousands of sources, and a page of lists must stay small.
 */
export const STATEMENT_LIST_SOURCES = 10;

export const statementViewSchema = z.object({
  id: z.string(),
  speaker: z.string(),
  text: z.string().describe('the quoted words (direct) or the reported clause (indirect)'),
  type: z.enum(['direct', 'indirect']),
  date: z.string().nullable().describe('the day it was first reported'),
  tracks: z.array(z.string()),
  corroboration: z.number().int().describe('independent outlets reporting it'),
  sourceCount: z.number().int().describe('articles reporting it'),
  sources: z.array(sourceRefSchema).describe(`the first ${STATEMENT_LIST_SOURCES} of its sources, without evidence (GET /api/statements/{id} gives them all)`),
});
export type StatementView = z.infer<typeof statementViewSchema>;

/** One statement (GET /api/statements/{id}): every source, with the sentence(s) it comes from. */
export const statementDetailSchema = statementViewSchema.extend({
  sources: z.array(sourceSchema),
});
export type StatementDetailView = z.infer<typeof statementDetailSchema>;

export const statementPageSchema = pageSchema(statementViewSchema);
export type StatementPage = z.infer<typeof statementPageSchema>;
