import { z } from 'zod';
import { articleIdSchema } from './article-fields';

export const EVENT_TYPES = ['ArticleSubmitted', 'ArticleCorrected', 'ArticleRetracted'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The envelope every event on the article topic carries, whatever its type. */
export const envelopeSchema = z.object({
  eventId: z.string().uuid('a UUID'),
  type: z.enum(EVENT_TYPES),
  schemaVersion: z.number().int().positive(),
  articleId: articleIdSchema,
  occurredAt: z.string().datetime({ offset: true, message: 'an ISO 8601 timestamp' }),
  producer: z.string().min(1).max(200),
  payload: z.unknown(),
});
export type RawEnvelope = z.infer<typeof envelopeSchema>;

/** Kafka header names: type and version are readable without parsing the value. */
export const HEADERS = {
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  eventId: 'event-id',
  contentType: 'content-type',
  requestId: 'request-id',
} as const;
