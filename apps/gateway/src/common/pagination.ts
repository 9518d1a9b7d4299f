import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';

// Keyset pagination with opaque cursors: a cursor is the sort key of the last item seen, so pages stay stable while
// rows are inserted before or after it.

export const MAX_PAGE_SIZE = 200;

export const pageParams = {
  limit: z.coerce.number().int('a whole number').min(1, 'at least 1').max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE}`).default(50),
  cursor: z.string().max(512, 'at most 512 characters').optional().describe('`nextCursor` of the previous page'),
};

/** The sort key of an item: strings or null, compared in order. */
export type CursorKey = Array<string | null>;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => k === null || typeof k === 'string')) return key as CursorKey;
  } catch {
    // reported below
  }
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'cursor: not a cursor this endpoint gave out',
    details: [{ field: 'cursor', problem: 'not a cursor this endpoint gave out' }],
  });
}

/** One page of `rows` fetched with limit + 1: the items and the cursor of the next page. */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => CursorKey, view: (row: Row) => Item) {
  const items = rows.slice(0, limit);
  return { items: items.map(view), nextCursor: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
