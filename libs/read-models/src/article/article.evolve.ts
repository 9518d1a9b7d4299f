import { contentHash, type ArticleEvent } from '@newsroom/events';

/** An article as the event log has made it: what the articles read model holds, and what extraction reads. */
export interface ArticleState {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  language: string | null;
  /** The publication day (YYYY-MM-DD); a timestamp is cut to its day as written. */
  publishedAt: string | null;
  format: 'text' | 'html';
  text: string;
  contentHash: string;
  retracted: boolean;
  retractionReason: string | null;
  lastEventId: string;
  eventCount: number;
  firstOccurredAt: string;
  lastOccurredAt: string;
}

export class ArticleEventRejected extends Error {}

const day = (publishedAt: string | null | undefined): string | null => (publishedAt ? publishedAt.slice(0, 10) : null);

const hashOf = (s: Omit<ArticleState, 'contentHash'>): string =>
  contentHash({ text: s.text, format: s.format, title: s.title, url: s.url, outlet: s.outlet, publishedAt: s.publishedAt, language: s.language });

/** evolve(state, event) -> state. Pure; throws ArticleEventRejected for an event the article cannot take. */
export function evolveArticle(state: ArticleState | null, event: ArticleEvent): ArticleState {
  const stamp = { lastEventId: event.eventId, lastOccurredAt: event.occurredAt, eventCount: (state?.eventCount ?? 0) + 1 };
  switch (event.type) {
    case 'ArticleSubmitted': {
      // A second submission (a producer writing to the topic directly) replaces the content, like a correction.
      const p = event.payload;
      const next = {
        id: event.articleId,
        title: p.title ?? null,
        url: p.url ?? null,
        outlet: p.outlet ?? null,
        language: p.language ?? null,
        publishedAt: day(p.publishedAt),
        format: p.format,
        text: p.text,
        retracted: false,
        retractionReason: null,
        firstOccurredAt: state?.firstOccurredAt ?? event.occurredAt,
        ...stamp,
      };
      return { ...next, contentHash: contentHash(p) };
    }
    case 'ArticleCorrected': {
      if (!state) throw new ArticleEventRejected(`correction of article ${event.articleId}, which was never submitted`);
      if (state.retracted) throw new ArticleEventRejected(`correction of article ${event.articleId}, which was retracted`);
      const p = event.payload;
      const pick = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : value);
      const next = {
        ...state,
        ...stamp,
        text: p.text ?? state.text,
        format: p.format ?? state.format,
        title: pick(p.title, state.title),
        url: pick(p.url, state.url),
        outlet: pick(p.outlet, state.outlet),
        language: pick(p.language, state.language),
        publishedAt: p.publishedAt === undefined ? state.publishedAt : day(p.publishedAt),
      };
      return { ...next, contentHash: hashOf(next) };
    }
    case 'ArticleRetracted': {
      if (!state) throw new ArticleEventRejected(`retraction of article ${event.articleId}, which was never submitted`);
      return { ...state, ...stamp, retracted: true, retractionReason: event.payload.reason };
    }
  }
}
