// The shapes the public API answers with, inferred from the same zod schemas the gateway derives its OpenAPI
// document from (libs/api-views). Type-only imports: nothing of zod or the schemas reaches the bundle.
import type { z } from 'zod';
import type {
  acceptedEventSchema,
  apiErrorSchema,
  articleViewSchema,
  changeEventSchema,
  envoyViewSchema,
  extractionSchema,
  itinerarySchema,
  pageSchema,
  projectionsViewSchema,
  sourceRefSchema,
  sourceSchema,
  statementViewSchema,
  trackStatusSchema,
  trackSummarySchema,
  visitDetailSchema,
  visitViewSchema,
} from '../../../libs/api-views/src';

/** A page of any list (`pageSchema` of the item's schema). */
export type Page<T> = Omit<z.infer<ReturnType<typeof pageSchema>>, 'items'> & { items: T[] };

/** The body of every 4xx and 5xx answer. */
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export type Source = z.infer<typeof sourceSchema>;
/** A source as list items give it, without its evidence. */
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Envoy = z.infer<typeof envoyViewSchema>;
export type Visit = z.infer<typeof visitViewSchema>;
/** One visit with each source's evidence (GET /api/visits/{id}). */
export type VisitDetail = z.infer<typeof visitDetailSchema>;
export type VisitMode = Visit['mode'];
export type Itinerary = z.infer<typeof itinerarySchema>;
export type Statement = z.infer<typeof statementViewSchema>;
export type TrackSummary = z.infer<typeof trackSummarySchema>;
export type TrackStatus = z.infer<typeof trackStatusSchema>;
export type Projections = z.infer<typeof projectionsViewSchema>;
export type Submitted = z.infer<typeof acceptedEventSchema>;
export type ArticleState = z.infer<typeof articleViewSchema>;
export type Extraction = z.infer<typeof extractionSchema>;

/** A read-model change on the live stream. */
export type ChangeEvent = z.infer<typeof changeEventSchema>;
