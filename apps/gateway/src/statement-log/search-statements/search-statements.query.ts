import { Query } from '@nestjs/cqrs';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParams, pageSchema } from '../../common/pagination';
import { dayParam, orderedRange, rangeIssue, textParam } from '../../common/query-params';

export const searchStatementsParamsSchema = z
  .object({
    speaker: textParam().optional().describe('part of the speaker name (person or institution), any case'),
    q: textParam(500).optional().describe('full-text search in the words and the speaker (web-search syntax: "exact phrase", -not, or)'),
    track: z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, 'a track name in snake_case such as us_taliban').optional(),
    from: dayParam.optional(),
    to: dayParam.optional(),
    ...pageParams,
  })
  .strict()
  .refine(orderedRange, rangeIssue);
export class SearchStatementsParamsDto extends createZodDto(searchStatementsParamsSchema) {}

export const statementViewSchema = z.object({
  id: z.string(),
  speaker: z.string(),
  text: z.string().describe('the quoted words (direct) or the reported clause (indirect)'),
  type: z.enum(['direct', 'indirect']),
  date: z.string().nullable().describe('the day it was first reported'),
  tracks: z.array(z.string()),
  corroboration: z.number().int().describe('independent outlets reporting it'),
  sources: z.array(
    z.object({ articleId: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), publishedAt: z.string().nullable(), evidence: z.string() }),
  ),
});
export type StatementView = z.infer<typeof statementViewSchema>;

export const statementPageSchema = pageSchema(statementViewSchema);
export type StatementPage = z.infer<typeof statementPageSchema>;
export class StatementPageDto extends createZodDto(statementPageSchema) {}

export class SearchStatementsQuery extends Query<StatementPage> {
  constructor(readonly params: z.infer<typeof searchStatementsParamsSchema>) {
    super();
  }
}
