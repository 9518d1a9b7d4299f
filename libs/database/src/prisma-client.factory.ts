import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient, type Prisma } from './generated/prisma/client';
import { PUBLIC_SCHEMA } from './generations';

export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/models';

export interface DatabaseConnection {
  url: string;
  poolSize?: number;
  /** The read-model generation to use (a Postgres schema); public by default. */
  schema?: string;
}

/** A generation's Prisma client and the pg pool under it, for the hot routes' SQL (`queryRows`). */
export interface DatabaseClients {
  prisma: PrismaClient;
  pool: Pool;
  /** Disconnects Prisma, then ends the pool. */
  close(): Promise<void>;
}

/**
 * The only place a Prisma client is constructed: the pg driver adapter over a pool of our own, no native engine.
 * For a generation schema, Prisma's queries name it and raw SQL finds it first on the search path (then public).
 */
export function createDatabaseClients({ url, poolSize = 10, schema = PUBLIC_SCHEMA }: DatabaseConnection): DatabaseClients {
  const inGeneration = schema !== PUBLIC_SCHEMA;
  const pool = createPool({ url, poolSize, schema });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { ...(inGeneration ? { schema } : {}), disposeExternalPool: true }) });
  return {
    prisma,
    pool,
    close: async () => {
      await prisma.$disconnect();
      // a pool Prisma never connected to is not ended by its $disconnect
      if (!(pool as Pool & { ending?: boolean }).ending) await pool.end();
    },
  };
}

/**
 * How long a pool keeps an idle connection (pg's default: 10 s). Longer, so that a pool used in bursts does not close
 * and reopen its connections between them: opening one costs about 25 ms, and on a 2-core machine the exits of a
 * few busy Postgres backends held up the other connections' queries for about 100 ms.
 */
export const IDLE_CONNECTION_MS = 60_000;

/**
 * A pg pool of a generation: its raw SQL finds the generation's tables first on the search path (then public).
 * `allowExitOnIdle`: its idle connections do not keep the process alive.
 */
export function createPool({ url, poolSize = 10, schema = PUBLIC_SCHEMA, allowExitOnIdle = false }: DatabaseConnection & { allowExitOnIdle?: boolean }): Pool {
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: IDLE_CONNECTION_MS,
    allowExitOnIdle,
    ...(schema !== PUBLIC_SCHEMA ? { options: `-c search_path=${schema},public` } : {}),
  });
  // an idle connection lost (server restart): the pool drops it and the next query opens another
  pool.on('error', () => undefined);
  return pool;
}

export function createPrismaClient(connection: DatabaseConnection): PrismaClient {
  return createDatabaseClients(connection).prisma;
}

/**
 * The rows of one statement straight through pg: a query through Prisma's $queryRaw costs 0.3-1 ms more CPU
 * (its query engine and result mapping), which is most of a hot read route's cost. Postgres types as pg parses them
 * (jsonb as objects, bigint as strings): the read models store dates as text.
 */
export async function queryRows<Row>(pool: Pool, sql: Prisma.Sql): Promise<Row[]> {
  return (await pool.query<Row & object>(sql.text, sql.values)).rows;
}

export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
