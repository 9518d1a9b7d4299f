import { Query } from '@nestjs/cqrs';
import { trackPageSchema, trackSummarySchema, type TrackPage } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParams } from '../../common/pagination';

export const listTracksParamsSchema = z
  .object({ state: trackSummarySchema.shape.currentState.unwrap().optional().describe('only tracks in this current state'), ...pageParams })
  .strict();
export class ListTracksParamsDto extends createZodDto(listTracksParamsSchema) {}

export type { TrackPage } from '@newsroom/api-views';
export class TrackPageDto extends createZodDto(trackPageSchema) {}

export class ListTracksQuery extends Query<TrackPage> {
  constructor(readonly params: z.infer<typeof listTracksParamsSchema>) {
    super();
  }
}
