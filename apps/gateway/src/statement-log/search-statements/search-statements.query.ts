import { Query } from '@nestjs/cqrs';
import { statementPageSchema, type StatementPage } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { JsonText } from '../../common/json-text';
import { pageParams } from '../../common/pagination';
import { dayParam, orderedRange, rangeIssue, textParam } from '../../common/query-params';

export const searchStatementsParamsSchema = z
  .object({
    speaker: textParam().optional().describe('part of the speaker name (person or institution), any case'),
    organisation: textParam()
      .optional()
      .describe(
        "whom the speaker speaks for: a phrase of the speaker's name (an institution speaks for itself), of the titles of their known roles or of their state's names, from the extractor's knowledge (UN, Taliban, State Department, Russia); statements projected before this filter existed need a replay for the last two",
      ),
    q: textParam(500).optional().describe('full-text search in the words and the speaker (web-search syntax: "exact phrase", -not, or)'),
    track: z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, 'a track name in snake_case such as us_taliban').optional(),
    from: dayParam.optional(),
    to: dayParam.optional(),
    ...pageParams,
  })
  .strict()
  .refine(orderedRange, rangeIssue);
export class SearchStatementsParamsDto extends createZodDto(searchStatementsParamsSchema) {}

export type { StatementPage, StatementView } from '@newsroom/api-views';
export class StatementPageDto extends createZodDto(statementPageSchema) {}

export class SearchStatementsQuery extends Query<JsonText<StatementPage>> {
  constructor(readonly params: z.infer<typeof searchStatementsParamsSchema>) {
    super();
  }
}
