import { Query } from '@nestjs/cqrs';
import { visitPageSchema, type VisitPage } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { JsonText } from '../../common/json-text';
import { pageParams } from '../../common/pagination';
import { dayParam, orderedRange, rangeIssue, textParam } from '../../common/query-params';
import { envoyIdParam } from '../itinerary-views';

export const listVisitsParamsSchema = z
  .object({
    envoy: envoyIdParam.optional().describe('envoy id, e.g. zalmay-khalilzad'),
    country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code such as PK').transform((c) => c.toUpperCase()).optional(),
    city: textParam().optional(),
    from: dayParam.optional(),
    to: dayParam.optional(),
    mode: z.enum(['in_person', 'virtual', 'planned']).optional(),
    ...pageParams,
  })
  .strict()
  .refine(orderedRange, rangeIssue);
export class ListVisitsParamsDto extends createZodDto(listVisitsParamsSchema) {}

export type { VisitPage } from '@newsroom/api-views';
export class VisitPageDto extends createZodDto(visitPageSchema) {}

export class ListVisitsQuery extends Query<JsonText<VisitPage>> {
  constructor(readonly params: z.infer<typeof listVisitsParamsSchema>) {
    super();
  }
}
