import type { TransactionClient } from '@newsroom/database';

/** Replaces every fact of one kind that an article gave: corrections replace, retractions empty. */
export async function replaceArticleFacts<T>(
  table: { deleteMany(args: { where: { articleId: string } }): Promise<unknown>; createMany(args: { data: T[] }): Promise<unknown> },
  articleId: string,
  rows: T[],
): Promise<void> {
  await table.deleteMany({ where: { articleId } });
  if (rows.length) await table.createMany({ data: rows });
}

export type { TransactionClient };
