import { extract } from '@newsroom/extraction';
import { corpus, corpusArticle } from './corpus';

describe('synthetic corpus', () => {
  it('gives the same articles for the same seed and different ones for another seed', () => {
    expect([...corpus(7, 20)]).toEqual([...corpus(7, 20)]);
    expect(corpusArticle(7, 3)).not.toEqual(corpusArticle(8, 3));
    expect(corpusArticle(7, 3)).toEqual([...corpus(7, 5)][3]);
  });

  it('varies envoys, outlets and days, and wraps the report in page furniture', () => {
    const articles = [...corpus(1, 200)];
    expect(new Set(articles.map((a) => a.title.split(' ')[0])).size).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.publishedAt)).size).toBeGreaterThan(150);
    expect(articles.every((a) => /Latest news/.test(a.text) && /Related articles|Read more/.test(a.text))).toBe(true);
  });

  it('is realistic enough for the extractor to find visits, statements and track claims in most articles', () => {
    const facts = [...corpus(3, 100)].map((a) => extract({ id: a.id, text: a.text, publishedAt: a.publishedAt, outlet: a.outlet, url: a.url }));
    const share = (k: 'visits' | 'statements' | 'status') => facts.filter((f) => f[k].length > 0).length / facts.length;
    expect(share('visits')).toBeGreaterThan(0.8);
    expect(share('statements')).toBeGreaterThan(0.8);
    expect(share('status')).toBeGreaterThan(0.5);
  });
});
