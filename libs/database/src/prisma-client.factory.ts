import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/models';

export interface DatabaseConnection {
  url: string;
  poolSize?: number;
}

/** The only place a Prisma client is constructed: the pg driver adapter, no native engine. */
export function createPrismaClient({ url, poolSize = 10 }: DatabaseConnection): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
