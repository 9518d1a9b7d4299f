import { Query } from '@nestjs/cqrs';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { dayParam, orderedRange, rangeIssue } from '../../common/query-params';
import { envoyViewSchema, visitViewSchema } from '../itinerary-views';

export const itineraryParamsSchema = z
  .object({ from: dayParam.optional(), to: dayParam.optional() })
  .strict()
  .refine(orderedRange, rangeIssue);
export class ItineraryParamsDto extends createZodDto(itineraryParamsSchema) {}

export const tripSchema = z.object({
  from: z.string(),
  to: z.string(),
  stops: z.array(
    z.object({
      visitId: z.string(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      date: z.string(),
      coordinates: z.tuple([z.number(), z.number()]).nullable(),
    }),
  ),
});

export const itinerarySchema = z.object({
  envoy: envoyViewSchema,
  visits: z.array(visitViewSchema).describe('merged visits ordered by day; undated ones last'),
  trips: z.array(tripSchema).describe('consecutive in-person visits grouped into journeys'),
});
export type Itinerary = z.infer<typeof itinerarySchema>;
export class ItineraryDto extends createZodDto(itinerarySchema) {}

export class GetItineraryQuery extends Query<Itinerary> {
  constructor(
    readonly envoyId: string,
    readonly params: z.infer<typeof itineraryParamsSchema>,
  ) {
    super();
  }
}
