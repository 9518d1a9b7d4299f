import { z } from 'zod';

export const partitionViewSchema = z.object({
  partition: z.number().int(),
  lastAppliedOffset: z.string().nullable().describe('the last offset applied by every projection (null: nothing yet)'),
  lastAppliedAt: z.string().nullable(),
  highWatermark: z.string().nullable().describe('the offset the next event will get (null: Kafka unreachable)'),
  lag: z.number().int().nullable().describe('events on the partition not applied yet'),
  eventsPerSecond: z.number().describe('events applied per second over the last minute'),
  deadLetters: z.number().int().describe('dead letters of the partition not re-driven'),
  extractorVersion: z.string().nullable().describe('extractor version of the last article applied in the partition'),
});
export type PartitionView = z.infer<typeof partitionViewSchema>;

export const projectionsViewSchema = z.object({
  topic: z.string(),
  projections: z.array(z.object({ projection: z.string(), nextOffsets: z.record(z.string(), z.string()) })),
  partitions: z.array(partitionViewSchema),
  totals: z.object({ lag: z.number().int().nullable(), eventsPerSecond: z.number(), deadLetters: z.number().int() }),
});
export type ProjectionsView = z.infer<typeof projectionsViewSchema>;

export const deadLetterViewSchema = z.object({
  id: z.string(),
  topic: z.string().describe('the topic the event was read from'),
  partition: z.number().int(),
  offset: z.string(),
  eventId: z.string().nullable(),
  articleId: z.string().nullable(),
  eventType: z.string().nullable(),
  reason: z.string().describe('invalid_json, invalid_envelope, unknown_version, invalid_payload, header_mismatch, rejected or handler_failed'),
  error: z.string(),
  stack: z.string().nullable(),
  attempts: z.number().int(),
  state: z.enum(['dead', 'redriven']),
  createdAt: z.string(),
  redrivenAt: z.string().nullable(),
});
export type DeadLetterView = z.infer<typeof deadLetterViewSchema>;

export const deadLetterListSchema = z.object({
  items: z.array(deadLetterViewSchema),
  nextBefore: z.string().nullable().describe('pass as `before` for the next (older) page; null on the last page'),
});
export type DeadLetterList = z.infer<typeof deadLetterListSchema>;
