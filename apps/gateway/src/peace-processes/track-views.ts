import type { TrackClaimModel, TrackModel } from '@newsroom/database';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const STATES = ['scheduled', 'opened', 'ongoing', 'paused', 'stalled', 'resumed', 'agreement_signed', 'cancelled', 'collapsed'] as const;

export const trackParam = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, 'a track name in snake_case such as us_taliban').max(100, 'at most 100 characters');

export const trackSummarySchema = z.object({
  track: z.string(),
  currentState: z.enum(STATES).nullable().describe('the latest dated claim; null when that day is disputed'),
  disputed: z.array(z.enum(STATES)).describe('the different states claimed on the latest day, when they disagree'),
  lastChange: z.string().nullable(),
  claimCount: z.number().int(),
});
export type TrackSummary = z.infer<typeof trackSummarySchema>;

export const timelineClaimSchema = z.object({
  id: z.string(),
  state: z.enum(STATES),
  date: z.string().nullable().describe('the day the text gives'),
  effectiveDate: z.string().nullable().describe('the date, else the day it was first reported'),
  corroboration: z.number().int(),
  sources: z.array(
    z.object({ articleId: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), publishedAt: z.string().nullable(), evidence: z.string() }),
  ),
});

export const trackStatusSchema = trackSummarySchema.extend({ timeline: z.array(timelineClaimSchema) });
export type TrackStatusView = z.infer<typeof trackStatusSchema>;
export class TrackStatusDto extends createZodDto(trackStatusSchema) {}

export const trackSummary = (row: TrackModel): TrackSummary => ({
  track: row.track,
  currentState: row.currentState as TrackSummary['currentState'],
  disputed: row.disputed as TrackSummary['disputed'],
  lastChange: row.lastChange,
  claimCount: row.claimCount,
});

export const timelineClaim = (row: TrackClaimModel): TrackStatusView['timeline'][number] => ({
  id: row.id,
  state: row.state as TrackSummary['disputed'][number],
  date: row.date,
  effectiveDate: row.effectiveDate,
  corroboration: row.corroboration,
  sources: (row.sources as Array<TrackStatusView['timeline'][number]['sources'][number] & { ordinal?: number }>).map(
    ({ ordinal: _ordinal, ...s }) => s,
  ),
});
