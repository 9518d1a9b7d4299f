import { changeNoticePayload, type ChangeNotice } from './change-notice';

describe('changeNoticePayload', () => {
  it('lists every changed article of a small batch with its kinds', () => {
    const notice = JSON.parse(changeNoticePayload('t', 1, '42', [{ articleId: 'a', kinds: ['article', 'visits'] }])) as ChangeNotice;
    expect(notice).toEqual({ topic: 't', partition: 1, nextOffset: '42', articles: [{ articleId: 'a', kinds: ['article', 'visits'] }], truncated: 0 });
  });

  it('stays under the NOTIFY size limit and counts the articles it left out', () => {
    const changes = Array.from({ length: 500 }, (_, i) => ({ articleId: `article-with-a-long-identifier-${i}`, kinds: ['article' as const] }));
    const payload = changeNoticePayload('t', 0, '1', changes);
    const notice = JSON.parse(payload) as ChangeNotice;
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(notice.articles.length + notice.truncated).toBe(500);
    expect(notice.truncated).toBeGreaterThan(0);
  });
});
