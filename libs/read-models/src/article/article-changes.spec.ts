import { createEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import { articleChange, mergeChanges } from './article-changes';
import { evolveArticle } from './article.evolve';

const submitted = createEvent('ArticleSubmitted', 'a-1', { text: 'Envoy arrived in Kabul.', format: 'text' }, 'test');
const facts = (counts: { visits?: number; statements?: number; status?: number }): Extraction =>
  ({
    articleId: 'a-1',
    extractorVersion: 'v',
    publishedAt: null,
    visits: Array(counts.visits ?? 0).fill({}),
    statements: Array(counts.statements ?? 0).fill({}),
    status: Array(counts.status ?? 0).fill({}),
  }) as Extraction;

describe('articleChange', () => {
  it('names only the fact kinds a first submission produced', () => {
    expect(articleChange(submitted, null, facts({ visits: 2 })).kinds).toEqual(['article', 'visits']);
  });

  it('names every fact kind for a retraction, whose facts are removed even though none remain', () => {
    const retraction = createEvent('ArticleRetracted', 'a-1', { reason: 'r' }, 'test');
    expect(articleChange(retraction, evolveArticle(null, submitted), facts({})).kinds).toEqual(['article', 'visits', 'statements', 'status']);
  });
});

describe('mergeChanges', () => {
  it('unites the kinds of several events of one article and sorts articles by id', () => {
    const merged = mergeChanges([
      { articleId: 'b', kinds: ['article'] },
      { articleId: 'a', kinds: ['article', 'status'] },
      { articleId: 'b', kinds: ['article', 'visits'] },
    ]);
    expect(merged).toEqual([
      { articleId: 'a', kinds: ['article', 'status'] },
      { articleId: 'b', kinds: ['article', 'visits'] },
    ]);
  });
});
