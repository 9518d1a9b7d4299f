import { z } from 'zod';

/** A page of a keyset-paginated list: the items and the opaque cursor of the next page. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
  });
