import { z } from 'zod';
import { pageSchema } from './pagination.views';
import { sourceSchema } from './sources.views';

export const statementViewSchema = z.object({
  id: z.string(),
  speaker: z.string(),
  text: z.string().describe('the quoted words (direct) or the reported clause (indirect)'),
  type: z.enum(['direct', 'indirect']),
  date: z.string().nullable().describe('the day it was first reported'),
  tracks: z.array(z.string()),
  corroboration: z.number().int().describe('independent outlets reporting it'),
  sources: z.array(sourceSchema),
});
export type StatementView = z.infer<typeof statementViewSchema>;

export const statementPageSchema = pageSchema(statementViewSchema);
export type StatementPage = z.infer<typeof statementPageSchema>;
