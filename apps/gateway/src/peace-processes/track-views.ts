import { Prisma, type TrackModel } from '@newsroom/database';
import { trackStatusSchema, type TrackStatusView, type TrackSummary } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const trackParam = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, 'a track name in snake_case such as us_taliban').max(100, 'at most 100 characters');

export type { TrackStatusView } from '@newsroom/api-views';

/** The columns of tracks, named as Prisma's model names them (for queryRows). */
export const TRACK_COLUMNS = Prisma.sql`track, current_state AS "currentState", disputed, last_change AS "lastChange", claim_count AS "claimCount"`;

export class TrackStatusDto extends createZodDto(trackStatusSchema) {}

export const trackSummary = (row: TrackModel): TrackSummary => ({
  track: row.track,
  currentState: row.currentState as TrackSummary['currentState'],
  disputed: row.disputed as TrackSummary['disputed'],
  lastChange: row.lastChange,
  claimCount: row.claimCount,
});
