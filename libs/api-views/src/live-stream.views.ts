import { z } from 'zod';

export const CHANGE_KINDS = ['visit', 'statement', 'status', 'envoy'] as const;

/** The data of one read-model change on GET /api/stream (a server-sent event with an id). */
export const changeEventSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  action: z.enum(['created', 'updated', 'removed']),
  id: z.string().describe('the id of the visit, statement, track or envoy'),
  envoy: z.string().nullable().describe('the envoy it concerns (id), when any'),
  track: z.string().nullable().describe('the negotiation track it concerns, when any'),
  at: z.string().describe('when the projector committed it (ISO 8601)'),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;
