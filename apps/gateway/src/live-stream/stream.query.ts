import { CHANGE_KINDS } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { envoyIdParam } from '../itineraries/itinerary-views';
import { trackParam } from '../peace-processes/track-views';

/** What a stream can carry: read-model changes, and `replay` events with a running replay's progress (no event id). */
export const STREAM_KINDS = [...CHANGE_KINDS, 'replay'] as const;

export const streamParamsSchema = z
  .object({
    envoy: envoyIdParam.optional().describe('only changes of this envoy (id)'),
    track: trackParam.optional().describe('only changes of this negotiation track'),
    kinds: z
      .string()
      .transform((s) => s.split(',').map((k) => k.trim()))
      .pipe(z.array(z.enum(STREAM_KINDS)).min(1))
      .optional()
      .describe(`comma-separated subset of ${STREAM_KINDS.join(', ')}`),
    lastEventId: z.string().regex(/^\d{1,18}$/, 'an event id this stream gave out').optional().describe('resume after this event (as the Last-Event-ID header)'),
  })
  .strict();
export type StreamParams = z.infer<typeof streamParamsSchema>;
export class StreamParamsDto extends createZodDto(streamParamsSchema) {}

export type { ChangeEvent } from '@newsroom/api-views';
