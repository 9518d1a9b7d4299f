import { Query } from '@nestjs/cqrs';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParams, pageSchema } from '../../common/pagination';
import { trackSummarySchema } from '../track-views';

export const listTracksParamsSchema = z
  .object({ state: trackSummarySchema.shape.currentState.unwrap().optional().describe('only tracks in this current state'), ...pageParams })
  .strict();
export class ListTracksParamsDto extends createZodDto(listTracksParamsSchema) {}

export const trackPageSchema = pageSchema(trackSummarySchema);
export type TrackPage = z.infer<typeof trackPageSchema>;
export class TrackPageDto extends createZodDto(trackPageSchema) {}

export class ListTracksQuery extends Query<TrackPage> {
  constructor(readonly params: z.infer<typeof listTracksParamsSchema>) {
    super();
  }
}
