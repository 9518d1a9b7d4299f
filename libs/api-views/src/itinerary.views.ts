import { z } from 'zod';
import { pageSchema } from './pagination.views';
import { sourceRefSchema, sourceSchema } from './sources.views';

export const VISIT_MODES = ['in_person', 'virtual', 'planned'] as const;

const sourcedNameSchema = z.object({ name: z.string(), articleIds: z.array(z.string()) });
const coordinatesSchema = z.tuple([z.number(), z.number()]);

export const envoyViewSchema = z.object({
  id: z.string().describe('the canonical name as a slug, e.g. zalmay-khalilzad'),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  roles: z.array(
    z.object({
      title: z.string(),
      kind: z.string(),
      from: z.string().optional(),
      to: z.string().optional(),
      basedIn: z.string().optional().describe('the city the role is held from (a UN envoy\'s office, a leader in exile), where the person hosts rather than visits'),
    }),
  ),
  visitCount: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type EnvoyView = z.infer<typeof envoyViewSchema>;

export const visitViewSchema = z.object({
  id: z.string(),
  envoyId: z.string(),
  envoy: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2'),
  date: z.string().nullable().describe('first day (YYYY-MM-DD), null when no report fixes it'),
  endDate: z.string().nullable(),
  mode: z.enum(VISIT_MODES),
  coordinates: coordinatesSchema.nullable().describe('[longitude, latitude]'),
  counterparts: z.array(sourcedNameSchema),
  companions: z.array(sourcedNameSchema),
  corroboration: z.number().int().describe('independent outlets reporting the visit'),
  confirmedBy: z.string().nullable().describe('planned visits: the id of the visit that happened, null while unconfirmed'),
  sources: z.array(sourceRefSchema).describe('the reports of the visit; their evidence sentences are in GET /api/visits/{id}'),
});
/** A visit as lists and itineraries give it: every source, without its evidence. */
export type VisitView = z.infer<typeof visitViewSchema>;

/** One visit (GET /api/visits/{id}): the list item's fields, each source with the sentence(s) it comes from. */
export const visitDetailSchema = visitViewSchema.extend({
  sources: z.array(sourceSchema.extend({ evidence: z.string().describe('the sentence(s) the fact comes from') })),
});
export type VisitDetailView = z.infer<typeof visitDetailSchema>;

export const tripSchema = z.object({
  from: z.string(),
  to: z.string(),
  stops: z.array(
    z.object({
      visitId: z.string(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      date: z.string(),
      coordinates: coordinatesSchema.nullable(),
    }),
  ),
});
export type TripView = z.infer<typeof tripSchema>;

export const itinerarySchema = z.object({
  envoy: envoyViewSchema,
  visits: z.array(visitViewSchema).describe('merged visits ordered by day; undated ones last'),
  trips: z.array(tripSchema).describe('consecutive in-person visits grouped into journeys'),
});
export type Itinerary = z.infer<typeof itinerarySchema>;

export const envoyPageSchema = pageSchema(envoyViewSchema);
export type EnvoyPage = z.infer<typeof envoyPageSchema>;

export const visitPageSchema = pageSchema(visitViewSchema);
export type VisitPage = z.infer<typeof visitPageSchema>;
