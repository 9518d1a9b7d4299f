import { compareSources, type Source } from './source';

const source = (articleId: string, publishedAt: string | null, ordinal = 0): Source => ({ articleId, ordinal, outlet: null, url: null, publishedAt, evidence: '' });

describe('compareSources', () => {
  it('orders by publication day, undated last, then article, then position', () => {
    const sorted = [source('b', null), source('b', '2026-01-02', 1), source('a', '2026-01-02'), source('b', '2026-01-02', 0), source('z', '2026-01-01')].sort(compareSources);
    expect(sorted.map((s) => `${s.articleId}/${s.publishedAt}/${s.ordinal}`)).toEqual(['z/2026-01-01/0', 'a/2026-01-02/0', 'b/2026-01-02/0', 'b/2026-01-02/1', 'b/null/0']);
  });

  it('orders article ids by code units, as Postgres does with COLLATE "C" (capitals before small letters, "-" before digits)', () => {
    const sorted = ['wire-b', 'Wire-a', 'wire-1', 'wire.2', 'wire-B'].map((id) => source(id, '2026-01-01')).sort(compareSources);
    expect(sorted.map((s) => s.articleId)).toEqual(['Wire-a', 'wire-1', 'wire-B', 'wire-b', 'wire.2']);
  });
});
