import { z } from 'zod';
import { pageSchema } from './pagination.views';
import { sourceSchema } from './sources.views';

export const TRACK_STATES = ['scheduled', 'opened', 'ongoing', 'paused', 'stalled', 'resumed', 'agreement_signed', 'cancelled', 'collapsed'] as const;

export const trackSummarySchema = z.object({
  track: z.string(),
  currentState: z.enum(TRACK_STATES).nullable().describe('the latest dated claim; null when that day is disputed'),
  disputed: z.array(z.enum(TRACK_STATES)).describe('the different states claimed on the latest day, when they disagree'),
  lastChange: z.string().nullable(),
  claimCount: z.number().int(),
});
export type TrackSummary = z.infer<typeof trackSummarySchema>;

export const timelineClaimSchema = z.object({
  id: z.string(),
  state: z.enum(TRACK_STATES),
  date: z.string().nullable().describe('the day the text gives'),
  effectiveDate: z.string().nullable().describe('the date, else the day it was first reported'),
  corroboration: z.number().int(),
  sources: z.array(sourceSchema),
});
export type TimelineClaim = z.infer<typeof timelineClaimSchema>;

export const trackStatusSchema = trackSummarySchema.extend({ timeline: z.array(timelineClaimSchema) });
export type TrackStatusView = z.infer<typeof trackStatusSchema>;

export const trackPageSchema = pageSchema(trackSummarySchema);
export type TrackPage = z.infer<typeof trackPageSchema>;
