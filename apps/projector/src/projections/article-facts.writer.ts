import type { SqlTransaction } from '@newsroom/database';

/** Postgres types of the columns written through jsonb_to_recordset. */
export type SqlType = 'text' | 'text[]' | 'int' | 'bigint' | 'float8' | 'jsonb' | 'timestamptz' | 'uuid';
/** [property of the row, column of the table, type] */
export type Column<Row> = readonly [keyof Row & string, string, SqlType];

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts every row in ONE statement (INSERT ... SELECT FROM jsonb_to_recordset), whatever their number; with
 * `upsertOn`, a row whose key exists replaces it (every written column updated). Table and column names are
 * constants of the projections, never input.
 */
export async function insertRows<Row>(
  tx: SqlTransaction,
  table: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  upsertOn?: readonly string[],
  /** Columns computed in SQL from the written ones: [column, expression over r.<column>]. */
  computed: ReadonlyArray<readonly [string, string]> = [],
): Promise<void> {
  if (!rows.length) return;
  const names = columns.map(([, column]) => ident(column)).join(', ');
  const targets = [names, ...computed.map(([column]) => ident(column))].join(', ');
  const values = [names, ...computed.map(([, expression]) => expression)].join(', ');
  const types = columns.map(([, column, type]) => `${ident(column)} ${type}`).join(', ');
  const data = rows.map((row) => Object.fromEntries(columns.map(([property, column]) => [column, row[property] ?? null])));
  let sql = `INSERT INTO ${ident(table)} (${targets}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`;
  if (upsertOn) {
    const updates = [...columns.map(([, column]) => column), ...computed.map(([column]) => column)]
      .filter((column) => !upsertOn.includes(column))
      .map((column) => `${ident(column)} = EXCLUDED.${ident(column)}`);
    sql += ` ON CONFLICT (${upsertOn.map(ident).join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
  }
  await tx.execute(sql, JSON.stringify(data));
}

/**
 * Creates or replaces rows keyed by `key` in ONE statement, writing only those that are new or differ from the stored
 * row in a written column (compared by Postgres: jsonb and arrays by value, whatever the key order of an object);
 * returns the keys of the rows it wrote. An unchanged row is left as it is, so the caller need not read the stored
 * rows back to compare them. Columns computed in SQL (see insertRows) are written, not compared.
 */
export async function upsertChangedRows<Row>(
  tx: SqlTransaction,
  table: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  key: string,
  computed: ReadonlyArray<readonly [string, string]> = [],
): Promise<string[]> {
  if (!rows.length) return [];
  const names = columns.map(([, column]) => ident(column)).join(', ');
  const targets = [names, ...computed.map(([column]) => ident(column))].join(', ');
  const values = [names, ...computed.map(([, expression]) => expression)].join(', ');
  const types = columns.map(([, column, type]) => `${ident(column)} ${type}`).join(', ');
  const data = rows.map((row) => Object.fromEntries(columns.map(([property, column]) => [column, row[property] ?? null])));
  const compared = columns.map(([, column]) => column).filter((column) => column !== key);
  const updates = [...compared, ...computed.map(([column]) => column)].map((column) => `${ident(column)} = EXCLUDED.${ident(column)}`);
  const sql =
    `INSERT INTO ${ident(table)} AS t (${targets}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${types})` +
    ` ON CONFLICT (${ident(key)}) DO ` +
    (compared.length
      ? `UPDATE SET ${updates.join(', ')} WHERE (${compared.map((c) => `t.${ident(c)}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `EXCLUDED.${ident(c)}`).join(', ')})`
      : 'NOTHING') +
    ` RETURNING t.${ident(key)}::text AS key`;
  const written = await tx.query<{ key: string }>(sql, JSON.stringify(data));
  return written.map((r) => r.key);
}

/**
 * `column` is one of the values of the text array parameter `param`, as a semi-join on the unnested array: Postgres looks
 * each value up in the column's index, where `column = ANY(param)` matches every row it reads against the whole
 * array (a filter or a bitmap recheck), which costs rows x values once a chunk or a drain reads thousands of groups.
 */
export const isAnyOf = (column: string, param: string): string => `${column} IN (SELECT unnest(${param}::text[]))`;

/** A SELECT whose columns are named after the row's properties (see readRows). */
export function selectColumns<Row>(table: string, columns: readonly Column<Row>[], where: string, orderBy?: string): string {
  const list = columns.map(([property, column]) => `${ident(column)} AS ${ident(property)}`).join(', ');
  return `SELECT ${list} FROM ${ident(table)} WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
}

/**
 * Several reads in ONE round trip: each SELECT's rows come back as one JSON array of objects keyed by its column
 * aliases (so rows read as Prisma would: jsonb and arrays as values, numbers as numbers), in the SELECT's order.
 */
export async function readRows<T extends unknown[][]>(tx: SqlTransaction, selects: string[], ...params: unknown[]): Promise<T> {
  const parts = selects.map((select, i) => `(SELECT coalesce(json_agg(t), '[]')::text FROM (${select}) t) AS r${i}`);
  const [row] = await tx.query<Record<string, string>>(`SELECT ${parts.join(', ')}`, ...params);
  return selects.map((_, i) => JSON.parse(row[`r${i}`]) as unknown[]) as T;
}

/** Deletes the rows whose `column` is one of `values`, in one statement. */
export async function deleteWhereIn(tx: SqlTransaction, table: string, column: string, values: readonly string[]): Promise<void> {
  if (!values.length) return;
  await tx.execute(`DELETE FROM ${ident(table)} WHERE ${isAnyOf(ident(column), '$1')}`, values);
}

/**
 * Replaces every fact of one kind that the given articles gave, in two statements for the whole chunk: the
 * articles' rows are deleted, then their new rows inserted (corrections replace, retractions leave none).
 * Returns `returning` (a select list) of the deleted rows: the merge groups the articles were in.
 *
 * Safe before the merge groups are locked: only this partition writes these articles' rows, and whoever locks a
 * group reads its reports only once it holds the lock, after every earlier holder has committed.
 */
export async function replaceArticleFacts<Row extends { articleId: string }, Previous>(
  tx: SqlTransaction,
  table: string,
  columns: readonly Column<Row>[],
  articleIds: readonly string[],
  rows: readonly Row[],
  returning: string,
): Promise<Previous[]> {
  const previous = articleIds.length
    ? await tx.query<Previous>(`DELETE FROM ${ident(table)} WHERE ${isAnyOf('article_id', '$1')} RETURNING ${returning}`, articleIds)
    : [];
  await insertRows(tx, table, columns, rows);
  return previous;
}

/**
 * Advisory-lock namespaces of merge groups (two-key pg_advisory_xact_lock), in the order every transaction takes
 * them (and flushes: see ProjectionChunk). The groups concurrent partitions share least come first, those they share
 * most last: a transaction that must wait for another's group waits only for the short end of that transaction, and
 * the phases before it run side by side. Claim keys (track, state, day) and visit buckets (envoy and place) first;
 * then statement buckets (speaker, type, opening words), which look narrow but include the background lines that
 * recur in a large share of articles ("the war in Yemen has killed ..., according to the United Nations") and are
 * the largest groups: taken before the visits, they were held through every later merge, and at 50 articles/s
 * the submit-to-visible latency was p50 253-286 ms, p99 644-680 ms (bench:project), against 177-182 and 360-362
 * after; then the envoys and tracks nearly every chunk touches.
 */
export const LOCK = {
  claimKey: 5_212,
  visitBucket: 5_213,
  statementBucket: 5_214,
  envoy: 5_221,
  track: 5_222,
  /** Taken last, right before change_log is appended: change_log ids then follow commit order. */
  commitOrder: 5_299,
} as const;

/**
 * Locks merge groups until the transaction ends: `[namespace, key]` pairs, hashed with the read-model
 * generation's schema (generations never wait for each other) and taken in ascending (namespace, hash) order in
 * one statement. A transaction recomputing a merge group holds its lock from before it writes the group's
 * reports until it commits, so a concurrent one waits and then reads them: no merge is lost. Callers take their
 * namespaces in ascending order (see ProjectionChunk), so two transactions never wait for each other in a cycle.
 */
export async function lockMergeGroups(tx: SqlTransaction, keys: ReadonlyArray<readonly [number, string]>): Promise<void> {
  if (!keys.length) return;
  await tx.execute(
    `SELECT pg_advisory_xact_lock(ns, h) FROM (
       SELECT DISTINCT ns, hashtext(current_schema() || '|' || k) AS h FROM unnest($1::int[], $2::text[]) AS t(ns, k)
       ORDER BY ns, h OFFSET 0) l`,
    keys.map(([ns]) => ns),
    keys.map(([, key]) => key),
  );
}

export type { SqlTransaction };
