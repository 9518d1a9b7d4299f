import { PARTIAL_REPLAY_REFUSED } from '@newsroom/database';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const refused = z.unknown().optional().describe(`refused: ${PARTIAL_REPLAY_REFUSED}`);

export const startReplaySchema = z
  .object({
    projection: z.literal('all').default('all').describe('a generation holds every read model, so a replay rebuilds them all'),
    switch: z.boolean().default(true).describe('switch to the new generation once it has caught up and been verified (false: keep it beside the live one)'),
    fromOffset: refused,
    fromDate: refused,
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const field of ['fromOffset', 'fromDate'] as const) {
      if (body[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: PARTIAL_REPLAY_REFUSED });
    }
  });
export type StartReplay = z.infer<typeof startReplaySchema>;
export class StartReplayDto extends createZodDto(startReplaySchema) {}
