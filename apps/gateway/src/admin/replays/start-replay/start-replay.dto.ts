import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const startReplaySchema = z
  .object({
    projection: z.literal('all').default('all').describe('a generation holds every read model, so a replay rebuilds them all'),
    switch: z.boolean().default(true).describe('switch to the new generation once it has caught up and been verified (false: keep it beside the live one)'),
  })
  .strict();
export type StartReplay = z.infer<typeof startReplaySchema>;
export class StartReplayDto extends createZodDto(startReplaySchema) {}
