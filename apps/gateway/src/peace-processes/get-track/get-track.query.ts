import { Query } from '@nestjs/cqrs';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { JsonText } from '../../common/json-text';
import type { TrackStatusView } from '../track-views';

export const getTrackParamsSchema = z
  .object({
    limit: z.coerce.number().int('a whole number').min(1, 'at least 1').max(1000, 'at most 1000').default(100).describe('the latest claims to show'),
  })
  .strict();
export class GetTrackParamsDto extends createZodDto(getTrackParamsSchema) {}

export class GetTrackQuery extends Query<JsonText<TrackStatusView>> {
  constructor(
    readonly track: string,
    readonly limit: number,
  ) {
    super();
  }
}
