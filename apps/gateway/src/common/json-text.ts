import { Prisma, queryRows } from '@newsroom/database';
import type { Pool } from 'pg';
import { decodeCursor, encodeCursor, type CursorKey } from './pagination';

/**
 * An answer already serialised as JSON (built by Postgres): sent as it is, with the JSON content type, instead of
 * being parsed from the database's rows and serialised again. `View` is the type the text is an instance of.
 */
export class JsonText<View> {
  declare readonly view?: View;

  constructor(readonly text: string) {}
}

/** A row of a list query whose item Postgres serialised (`item`), with the columns of its sort key. */
export interface JsonItemRow {
  item: string;
}

/** One page of `rows` fetched with limit + 1, as `{items, nextCursor}` JSON text (see toPage). */
export function toJsonPage<Row extends JsonItemRow, View>(rows: Row[], limit: number, keyOf: (row: Row) => CursorKey): JsonText<View> {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return new JsonText(`{"items":[${items.map((r) => r.item).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`);
}

export interface DatedPageQuery {
  /** The item's JSON, built by Postgres from a row of `from`. */
  item: Prisma.Sql;
  /** A table (or view) with `date` (null when undated) and `id` columns. */
  from: Prisma.Sql;
  filters: Prisma.Sql[];
  /** By date descending (newest first) instead of ascending; undated rows come last either way, then by id. */
  newestFirst: boolean;
  cursor?: string;
  limit: number;
}

/** The keyset query of a page of a list ordered by date, undated last, then id (one row more than the page). */
export function datedPageSql(query: DatedPageQuery): Prisma.Sql {
  const after = decodeCursor(query.cursor, 2);
  const where = [Prisma.sql`TRUE`, ...query.filters];
  if (after) {
    const [date, id] = after;
    const later = query.newestFirst ? Prisma.sql`date < ${date}` : Prisma.sql`date > ${date}`;
    where.push(date === null ? Prisma.sql`(date IS NULL AND id > ${id})` : Prisma.sql`(${later} OR (date = ${date} AND id > ${id}) OR date IS NULL)`);
  }
  return Prisma.sql`
      SELECT ${query.item} AS item, date, id
      FROM ${query.from}
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY date ${query.newestFirst ? Prisma.sql`DESC` : Prisma.sql`ASC`} NULLS LAST, id ASC
      LIMIT ${query.limit + 1}`;
}

/** A page of a list ordered by date, undated last, then id: the visit list and the statement log. */
export async function datedJsonPage<View>(pool: Pool, query: DatedPageQuery): Promise<JsonText<View>> {
  const rows = await queryRows<JsonItemRow & { date: string | null; id: string }>(pool, datedPageSql(query));
  return toJsonPage(rows, query.limit, (r) => [r.date, r.id]);
}
