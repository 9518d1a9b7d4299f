import { Query } from '@nestjs/cqrs';
import { itinerarySchema, type Itinerary } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { dayParam, orderedRange, rangeIssue } from '../../common/query-params';

export const itineraryParamsSchema = z
  .object({ from: dayParam.optional(), to: dayParam.optional() })
  .strict()
  .refine(orderedRange, rangeIssue);
export class ItineraryParamsDto extends createZodDto(itineraryParamsSchema) {}

export type { Itinerary } from '@newsroom/api-views';
export class ItineraryDto extends createZodDto(itinerarySchema) {}

export class GetItineraryQuery extends Query<Itinerary> {
  constructor(
    readonly envoyId: string,
    readonly params: z.infer<typeof itineraryParamsSchema>,
  ) {
    super();
  }
}
