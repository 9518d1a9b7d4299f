import { createZodDto } from 'nestjs-zod';
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

export const projectionsViewSchema = z.object({
  topic: z.string(),
  projections: z.array(z.object({ projection: z.string(), nextOffsets: z.record(z.string(), z.string()) })),
  partitions: z.array(partitionViewSchema),
  totals: z.object({ lag: z.number().int().nullable(), eventsPerSecond: z.number(), deadLetters: z.number().int() }),
});
export type PartitionView = z.infer<typeof partitionViewSchema>;
export type ProjectionsView = z.infer<typeof projectionsViewSchema>;
export class ProjectionsViewDto extends createZodDto(projectionsViewSchema) {}
