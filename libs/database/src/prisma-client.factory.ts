import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { PUBLIC_SCHEMA } from './generations';

export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/models';

export interface DatabaseConnection {
  url: string;
  poolSize?: number;
  /** The read-model generation to use (a Postgres schema); public by default. */
  schema?: string;
}

/**
 * The only place a Prisma client is constructed: the pg driver adapter, no native engine. For a generation
 * schema, Prisma's queries name it and raw SQL finds it first on the search path (then public).
 */
export function createPrismaClient({ url, poolSize = 10, schema = PUBLIC_SCHEMA }: DatabaseConnection): PrismaClient {
  const inGeneration = schema !== PUBLIC_SCHEMA;
  const adapter = new PrismaPg(
    { connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000, ...(inGeneration ? { options: `-c search_path=${schema},public` } : {}) },
    inGeneration ? { schema } : undefined,
  );
  return new PrismaClient({ adapter });
}

export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
