import { z } from 'zod';
import { articleSubmittedV1Schema, type ArticleSubmittedV1 } from './article-submitted/article-submitted.v1';
import { articleSubmittedV2Schema, type ArticleSubmittedV2 } from './article-submitted/article-submitted.v2';
import { articleCorrectedV1Schema, type ArticleCorrectedV1 } from './article-corrected/article-corrected.v1';
import { articleRetractedV1Schema, type ArticleRetractedV1 } from './article-retracted/article-retracted.v1';
import type { EventType } from './envelope';

/** Every schema version of every event type: the one source of types, validation and JSON Schema. */
export const EVENT_SCHEMAS: Record<EventType, Record<number, z.ZodType>> = {
  ArticleSubmitted: { 1: articleSubmittedV1Schema, 2: articleSubmittedV2Schema },
  ArticleCorrected: { 1: articleCorrectedV1Schema },
  ArticleRetracted: { 1: articleRetractedV1Schema },
};

export const CURRENT_VERSION: Record<EventType, number> = {
  ArticleSubmitted: 2,
  ArticleCorrected: 1,
  ArticleRetracted: 1,
};

/** Upcasters turn version N of a payload into version N + 1; old events are never rewritten. */
export const UPCASTERS: Partial<Record<EventType, Record<number, (payload: any) => unknown>>> = {
  ArticleSubmitted: {
    1: (p: ArticleSubmittedV1): ArticleSubmittedV2 => {
      const { source, ...rest } = p;
      return { ...rest, format: 'text', ...(source === undefined ? {} : { outlet: source }) };
    },
  },
};

interface EnvelopeOf<T extends EventType, P> {
  eventId: string;
  type: T;
  schemaVersion: number;
  articleId: string;
  occurredAt: string;
  producer: string;
  payload: P;
}

export type ArticleSubmitted = EnvelopeOf<'ArticleSubmitted', ArticleSubmittedV2>;
export type ArticleCorrected = EnvelopeOf<'ArticleCorrected', ArticleCorrectedV1>;
export type ArticleRetracted = EnvelopeOf<'ArticleRetracted', ArticleRetractedV1>;
/** An event as the rest of the system sees it: always at the current schema version. */
export type ArticleEvent = ArticleSubmitted | ArticleCorrected | ArticleRetracted;
export type PayloadOf<T extends EventType> = Extract<ArticleEvent, { type: T }>['payload'];
