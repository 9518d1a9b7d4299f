import { Query } from '@nestjs/cqrs';
import { itinerarySchema, type Itinerary } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { JsonText } from '../../common/json-text';
import { dayParam, orderedRange, rangeIssue } from '../../common/query-params';

export const itineraryParamsSchema = z
  .object({ from: dayParam.optional(), to: dayParam.optional() })
  .strict()
  .refine(orderedRange, rangeIssue);
export class ItineraryParamsDto extends createZodDto(itineraryParamsSchema) {}

export type { Itinerary } from '@newsroom/api-views';
export class ItineraryDto extends createZodDto(itinerarySchema) {}

/** The itinerary as JSON text, and as objects for the CSV and GeoJSON exports (parsed when asked for). */
export interface ItineraryAnswer {
  json: JsonText<Itinerary>;
  itinerary(): Itinerary;
}

export class GetItineraryQuery extends Query<ItineraryAnswer> {
  constructor(
    readonly envoyId: string,
    readonly params: z.infer<typeof itineraryParamsSchema>,
  ) {
    super();
  }
}
