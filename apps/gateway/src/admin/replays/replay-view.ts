import { PrismaService, type ReplayRecord, type Sql } from '@newsroom/database';
import { REPLAY_STATES } from '@newsroom/read-models';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const replayViewSchema = z.object({
  id: z.number().int(),
  state: z.enum(REPLAY_STATES).describe('requested (no projector has claimed it yet), running, caught_up (built, not switched), switched, interrupted, cancelled or failed'),
  topic: z.string().describe('the event log replayed from offset 0'),
  generation: z.string().nullable().describe('the read-model generation being built (rm_gen_<n>); null until claimed'),
  extractorVersion: z.string().nullable(),
  switchWhenDone: z.boolean().describe('whether the new generation goes live once it has caught up'),
  requestedBy: z.string().describe('cli, or api:<key name>'),
  runner: z.string().nullable().describe('the projector or command running it'),
  eventsDone: z.number().int(),
  eventsTotal: z.number().int().describe('events on the log (sum of the partitions\' end offsets) at the last heartbeat'),
  percent: z.number().int().min(0).max(100),
  rate: z.number().nullable().describe('events per second over the last 20 seconds'),
  etaSeconds: z.number().int().nullable().describe('seconds left at that rate; null while unknown'),
  cancelRequested: z.boolean(),
  error: z.string().nullable(),
  checksums: z
    .record(z.string(), z.object({ rows: z.number().int(), md5: z.string(), live: z.boolean().describe('equal to the live generation at the end') }))
    .nullable()
    .describe('per read-model table, once caught up'),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  heartbeatAt: z.string().nullable(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReplayView = z.infer<typeof replayViewSchema>;
export class ReplayViewDto extends createZodDto(replayViewSchema) {}

export const replayIdParam = z.coerce.number().int('a replay id').min(1, 'a replay id').max(2_147_483_647, 'a replay id');

export const replayView = (r: ReplayRecord): ReplayView => ({
  id: r.id,
  state: r.state,
  topic: r.topic,
  generation: r.generation,
  extractorVersion: r.extractorVersion,
  switchWhenDone: r.switchWhenDone,
  requestedBy: r.requestedBy,
  runner: r.runner,
  eventsDone: r.eventsDone,
  eventsTotal: r.eventsTotal,
  percent: r.eventsTotal > 0 ? Math.min(100, Math.floor((r.eventsDone / r.eventsTotal) * 100)) : r.state === 'switched' || r.state === 'caught_up' ? 100 : 0,
  rate: r.rate,
  etaSeconds: r.etaSeconds,
  cancelRequested: r.cancelRequested,
  error: r.error,
  checksums: r.checksums,
  createdAt: r.createdAt.toISOString(),
  startedAt: r.startedAt?.toISOString() ?? null,
  heartbeatAt: r.heartbeatAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/**
 * What a reader's stream says about a replay (`replay` events): its progress, without who requested or runs it,
 * its error text or its checksums, which are for admins (GET /api/admin/replays/{id}).
 */
export const replayStreamSchema = replayViewSchema.pick({
  id: true,
  state: true,
  generation: true,
  switchWhenDone: true,
  eventsDone: true,
  eventsTotal: true,
  percent: true,
  rate: true,
  etaSeconds: true,
  createdAt: true,
  startedAt: true,
  updatedAt: true,
  finishedAt: true,
});
export type ReplayStreamEvent = z.infer<typeof replayStreamSchema>;
export const replayStreamEvent = (view: ReplayView): ReplayStreamEvent => replayStreamSchema.parse(view);

/** The shared replay SQL (libs/database replays.ts) over the gateway's Prisma client. */
export const prismaSql =
  (prisma: PrismaService): Sql =>
  <T>(text: string, params: unknown[] = []) =>
    prisma.client.$queryRawUnsafe<T[]>(text, ...params);
