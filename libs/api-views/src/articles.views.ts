import { z } from 'zod';
import { apiErrorSchema } from './errors.views';
import { VISIT_MODES } from './itinerary.views';
import { TRACK_STATES } from './peace-process.views';

/** The answer to a submission, correction or retraction: the event written (or the one already there). */
export const acceptedEventSchema = z.object({
  articleId: z.string(),
  eventId: z.string().uuid(),
  status: z.literal('accepted'),
  duplicate: z.boolean().describe('true when the same article was already accepted: no new event was written'),
});
export type AcceptedEvent = z.infer<typeof acceptedEventSchema>;

export const batchItemResultSchema = z.object({
  index: z.number().int(),
  status: z.number().int().describe('the HTTP status this item would have had on its own'),
  result: acceptedEventSchema.optional(),
  error: apiErrorSchema.optional(),
});
export const batchResultSchema = z.object({
  accepted: z.number().int(),
  failed: z.number().int(),
  items: z.array(batchItemResultSchema),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

export const articleViewSchema = z.object({
  articleId: z.string(),
  state: z.enum(['accepted', 'projected', 'failed', 'retracted']).describe(
    'accepted: on the event log, not yet projected; projected: facts are in the read models; failed: dead-lettered; retracted',
  ),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().nullable(),
  format: z.enum(['text', 'html']).nullable(),
  text: z.string(),
  extractorVersion: z.string().nullable(),
  failure: z.object({ eventId: z.string().nullable(), reason: z.string(), error: z.string() }).nullable(),
  retractionReason: z.string().nullable(),
  events: z.array(
    z.object({ eventId: z.string(), type: z.string(), state: z.enum(['pending', 'accepted', 'rejected', 'projected']), at: z.string() }),
  ),
});
export type ArticleView = z.infer<typeof articleViewSchema>;

/** The extraction contract (../shared/contracts/extraction.md), as the read models hold it. */
export const extractionSchema = z.object({
  articleId: z.string(),
  extractorVersion: z.string(),
  publishedAt: z.string().nullable(),
  visits: z.array(
    z.object({
      envoy: z.string(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      date: z.string().nullable(),
      mode: z.enum(VISIT_MODES),
      counterparts: z.array(z.string()),
      companions: z.array(z.string()),
      evidence: z.string(),
    }),
  ),
  statements: z.array(z.object({ speaker: z.string(), text: z.string(), type: z.enum(['direct', 'indirect']), evidence: z.string() })),
  status: z.array(z.object({ track: z.string(), state: z.enum(TRACK_STATES), date: z.string().nullable(), evidence: z.string() })),
});
export type ExtractionView = z.infer<typeof extractionSchema>;
