import type { ArticleState } from '@newsroom/read-models';
import { checkAssumedStates, stateKey } from './article-states';

const state = (id: string, lastEventId: string, eventCount: number): ArticleState => ({
  id,
  title: null,
  url: null,
  outlet: null,
  language: null,
  publishedAt: null,
  format: 'text',
  text: `text of ${id}`,
  contentHash: 'h',
  retracted: false,
  retractionReason: null,
  lastEventId,
  eventCount,
  firstOccurredAt: '2026-01-01T00:00:00.000Z',
  lastOccurredAt: '2026-01-01T00:00:00.000Z',
});

describe('checkAssumedStates', () => {
  it('keeps an assumed state (the same object) whose last event and event count are the stored ones', () => {
    const a = state('a', 'e2', 2);
    const { states, stale } = checkAssumedStates(new Map([['a', a]]), new Map([['a', stateKey(a)]]), ['a']);
    expect(states.get('a')).toBe(a);
    expect(stale).toEqual([]);
  });

  it('reads again an article whose stored state is not the one assumed (an earlier event was dead-lettered, not applied)', () => {
    const assumed = state('a', 'e2', 2);
    const { states, stale } = checkAssumedStates(new Map([['a', assumed]]), new Map([['a', stateKey(state('a', 'e1', 1))]]), ['a']);
    expect(states.has('a')).toBe(false);
    expect(stale).toEqual(['a']);
  });

  it('reads again an article assumed to exist but not stored, and one assumed absent but stored', () => {
    const { states, stale } = checkAssumedStates(new Map([['gone', state('gone', 'e1', 1)]]), new Map([['new-elsewhere', 'e9#1']]), ['gone', 'new-elsewhere']);
    expect(states.size).toBe(0);
    expect(stale).toEqual(['gone', 'new-elsewhere']);
  });

  it('leaves an article neither assumed nor stored absent: it is new', () => {
    const { states, stale } = checkAssumedStates(new Map(), new Map(), ['fresh']);
    expect(states.size).toBe(0);
    expect(stale).toEqual([]);
  });
});
