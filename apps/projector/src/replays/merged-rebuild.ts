import { createPrismaClient, GENERATION_SCHEMA } from '@newsroom/database';
import { ProjectionChunk } from '../projections/article-event-received.event';
import { ITINERARY_MERGES } from '../projections/itinerary/itinerary.projection';
import type { MergedReadModel } from '../projections/merged-rows.writer';
import { PEACE_PROCESS_MERGES } from '../projections/peace-process/peace-process.projection';
import { STATEMENT_LOG_MERGES } from '../projections/statement-log/statement-log.projection';

/** Every merged read model, each recomputed from its own per-article facts. */
export const MERGED_READ_MODELS: readonly MergedReadModel[] = [STATEMENT_LOG_MERGES, PEACE_PROCESS_MERGES, ITINERARY_MERGES];

/** Merge groups recomputed per transaction: large enough to amortise a round trip, small enough to stay short. */
const GROUPS_PER_TRANSACTION = 500;

export interface MergedRebuildFigures {
  groups: number;
  seconds: number;
}

/**
 * Completes a generation built with deferred merges (a replay's build): empties its merged tables and recomputes
 * every merge group once from the per-article facts, a slice of groups per transaction, with the same functions a
 * live chunk uses, so the result equals the incremental one. Idempotent: run again after a crash, it starts over.
 * Runs once the build's consumer has stopped, before the generation's checksums and switch; the events that come
 * after are applied by the live projector once it follows the generation, merging as it goes.
 */
export async function rebuildMergedReadModels(url: string, schema: string, models: readonly MergedReadModel[] = MERGED_READ_MODELS): Promise<MergedRebuildFigures> {
  // Never public: its merged rows are kept up to date by the live projector.
  if (!GENERATION_SCHEMA.test(schema)) throw new Error(`not a generation schema: ${schema}`);
  const started = performance.now();
  const prisma = createPrismaClient({ url, schema, poolSize: 1 });
  let groups = 0;
  try {
    // Nor a generation that is served: its readers would see the merged tables emptied, then filled slice by slice.
    const [generation] = await prisma.$queryRawUnsafe<{ state: string }[]>(`SELECT state FROM public.read_model_generations WHERE "schema" = $1`, schema);
    if (generation?.state !== 'building') throw new Error(`generation ${schema} is ${generation?.state ?? 'unknown'}, not building: its merged read models are not rebuilt`);
    const tables = models.flatMap((m) => m.tables).map((table) => `"${schema}"."${table}"`);
    await prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(', ')}`);
    for (const { steps } of models) {
      for (const step of steps) {
        // "C" order, as JavaScript sorts: the same order a chunk recomputes its groups in
        const keys = (await prisma.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM (${step.groups}) g ORDER BY key COLLATE "C"`)).map((r) => r.key);
        for (let i = 0; i < keys.length; i += GROUPS_PER_TRANSACTION) {
          const slice = keys.slice(i, i + GROUPS_PER_TRANSACTION);
          await prisma.$transaction((tx) => step.recompute(new ProjectionChunk(tx), slice), { timeout: 300_000, maxWait: 20_000 });
        }
        groups += keys.length;
      }
    }
  } finally {
    await prisma.$disconnect();
  }
  return { groups, seconds: (performance.now() - started) / 1000 };
}
