import type { Pool, PoolClient, QueryResult } from 'pg';

/**
 * The statements of one transaction, straight through pg on one connection: the projector's write path, where a
 * statement through Prisma's raw queries costs about twice the CPU (its query compiler and result mapping) for nothing
 * the projector uses. Postgres types as pg parses them (jsonb as values, bigint as strings).
 */
export interface SqlTransaction {
  /** The rows of one statement ($1, $2... for the parameters). */
  query<Row = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<Row[]>;
  /** Runs one statement: the number of rows it inserted, updated or deleted. */
  execute(text: string, ...params: unknown[]): Promise<number>;
}

/**
 * The statements of `db`: one checked-out connection (a transaction's), or a pool, where each statement runs on a
 * connection of its own in a transaction of its own (for what needs none).
 */
export function sqlStatements(db: Pool | PoolClient): SqlTransaction {
  const run = (text: string, params: unknown[]): Promise<QueryResult> => db.query(text, params);
  return {
    query: async <Row>(text: string, ...params: unknown[]) => (await run(text, params)).rows as Row[],
    execute: async (text: string, ...params: unknown[]) => (await run(text, params)).rowCount ?? 0,
  };
}

export interface TransactionOptions {
  /** Bound on each statement (statement_timeout), so a stuck transaction does not hold its locks for ever. */
  statementTimeoutMs?: number;
}

/**
 * Runs `work` in one transaction on a connection of `pool`: committed when it resolves, rolled back when it throws
 * (its error rethrown). A connection that failed is not given back to the pool.
 */
export async function inTransaction<T>(pool: Pool, work: (tx: SqlTransaction) => Promise<T>, { statementTimeoutMs = 120_000 }: TransactionOptions = {}): Promise<T> {
  const client: PoolClient = await pool.connect();
  // A checked-out client that loses its connection emits 'error' (besides failing its query): without a listener,
  // that would end the process.
  let lost: Error | undefined;
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  try {
    await client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.max(1, Math.round(statementTimeoutMs))}`);
    const result = await work(sqlStatements(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    if (!lost) await client.query('ROLLBACK').catch((rollbackFailed: Error) => (lost = rollbackFailed));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(lost ?? false);
  }
}
