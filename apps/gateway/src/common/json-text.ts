import { Prisma } from '@newsroom/database';
import { encodeCursor, type CursorKey } from './pagination';

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

/**
 * A stored fact's `sources` as the views give them, in order, serialised by Postgres: without the merge's ordinal;
 * in lists without their evidence sentences (the detail routes give those), and at most `first` of them.
 */
export const viewedSources = ({ evidence, first }: { evidence: boolean; first?: number }) =>
  Prisma.sql`(SELECT coalesce(jsonb_agg(source - 'ordinal'${evidence ? Prisma.empty : Prisma.sql` - 'evidence'`} ORDER BY n), '[]'::jsonb)
     FROM jsonb_array_elements(sources) WITH ORDINALITY AS listed(source, n)${first === undefined ? Prisma.empty : Prisma.sql` WHERE n <= ${first}`})`;
