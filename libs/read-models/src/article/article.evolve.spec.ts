import { createEvent } from '@newsroom/events';
import { ArticleEventRejected, evolveArticle } from './article.evolve';
import { plainText } from './article-facts';

const submitted = createEvent(
  'ArticleSubmitted',
  'a-1',
  { text: 'Envoy arrived in Kabul.', format: 'text', outlet: 'Dawn', publishedAt: '2020-10-09T08:00:00Z', title: 'T' },
  'test',
  { occurredAt: new Date('2020-10-09T09:00:00Z') },
);

describe('evolveArticle', () => {
  it('creates the article from its submission, cutting the publication timestamp to its day', () => {
    const state = evolveArticle(null, submitted);
    expect(state).toMatchObject({ id: 'a-1', outlet: 'Dawn', publishedAt: '2020-10-09', retracted: false, eventCount: 1 });
  });

  it('applies a correction: new text, cleared title, other fields kept', () => {
    const corrected = createEvent('ArticleCorrected', 'a-1', { text: 'Envoy arrived in Doha.', title: null }, 'test');
    const state = evolveArticle(evolveArticle(null, submitted), corrected);
    expect(state).toMatchObject({ text: 'Envoy arrived in Doha.', title: null, outlet: 'Dawn', eventCount: 2, lastEventId: corrected.eventId });
    expect(state.contentHash).not.toBe(evolveArticle(null, submitted).contentHash);
  });

  it('marks a retraction with its reason', () => {
    const state = evolveArticle(evolveArticle(null, submitted), createEvent('ArticleRetracted', 'a-1', { reason: 'fabricated' }, 'test'));
    expect(state).toMatchObject({ retracted: true, retractionReason: 'fabricated' });
  });

  it('rejects a correction of an article it has never seen', () => {
    expect(() => evolveArticle(null, createEvent('ArticleCorrected', 'x', { text: 'y' }, 'test'))).toThrow(ArticleEventRejected);
  });

  it('rejects a correction of a retracted article', () => {
    const retracted = evolveArticle(evolveArticle(null, submitted), createEvent('ArticleRetracted', 'a-1', { reason: 'r' }, 'test'));
    expect(() => evolveArticle(retracted, createEvent('ArticleCorrected', 'a-1', { text: 'y' }, 'test'))).toThrow(/retracted/);
  });
});

describe('plainText', () => {
  it('turns HTML paragraphs into lines and drops scripts', () => {
    const text = plainText({ format: 'html', text: '<h1>Envoy in Kabul</h1><p>He met <a href="/x">Ghani</a>.</p><script>alert(1)</script>' });
    expect(text).toBe('Envoy in Kabul\n\nHe met Ghani.');
  });
});
