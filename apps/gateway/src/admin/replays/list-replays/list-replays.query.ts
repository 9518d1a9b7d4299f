import { Query } from '@nestjs/cqrs';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { replayIdParam, replayViewSchema } from '../replay-view';

export const listReplaysParamsSchema = z
  .object({
    limit: z.coerce.number().int('a whole number').min(1, 'at least 1').max(100, 'at most 100').default(20),
    before: replayIdParam.optional().describe('a replay id: the page of older replays'),
  })
  .strict();
export class ListReplaysParamsDto extends createZodDto(listReplaysParamsSchema) {}

export const replayListSchema = z.object({
  items: z.array(replayViewSchema),
  nextBefore: z.number().int().nullable().describe('pass as `before` for the next (older) page; null on the last page'),
});
export type ReplayList = z.infer<typeof replayListSchema>;
export class ReplayListDto extends createZodDto(replayListSchema) {}

export class ListReplaysQuery extends Query<ReplayList> {
  constructor(
    readonly limit: number,
    readonly before?: number,
  ) {
    super();
  }
}
