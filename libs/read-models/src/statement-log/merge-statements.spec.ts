import { mergeStatements, statementBucket, type StatementReport } from './merge-statements';

const report = (over: Partial<StatementReport> & Pick<StatementReport, 'articleId' | 'text'>): StatementReport => ({
  ordinal: 0,
  outlet: `outlet of ${over.articleId}`,
  url: null,
  publishedAt: '2020-10-09',
  evidence: over.text,
  speaker: 'Zalmay Khalilzad',
  type: 'direct',
  tracks: [],
  ...over,
});

describe('mergeStatements', () => {
  it('merges the same quote reported by several outlets, with slightly different punctuation, into one statement', () => {
    const merged = mergeStatements([
      report({ articleId: 'b', publishedAt: '2020-10-10', text: 'The peace process should conclude in months, not years.', tracks: ['intra_afghan'] }),
      report({ articleId: 'a', text: 'the peace process should conclude in months — not years', tracks: ['us_taliban'] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      text: 'the peace process should conclude in months — not years',
      date: '2020-10-09',
      tracks: ['intra_afghan', 'us_taliban'],
      corroboration: 2,
    });
    expect(merged[0].sources.map((s) => s.articleId)).toEqual(['a', 'b']);
  });

  it('keeps different words, and direct versus reported speech, apart', () => {
    const merged = mergeStatements([
      report({ articleId: 'a', text: 'We are ready to talk.' }),
      report({ articleId: 'b', text: 'We will never accept these terms.' }),
      report({ articleId: 'c', text: 'We are ready to talk.', type: 'indirect' }),
    ]);
    expect(merged.map((s) => [s.text, s.type])).toEqual([
      ['We are ready to talk.', 'direct'],
      ['We will never accept these terms.', 'direct'],
      ['We are ready to talk.', 'indirect'],
    ]);
  });

  it('does not depend on the order of the reports', () => {
    const reports = ['a', 'b', 'c'].map((id, i) => report({ articleId: id, text: i === 2 ? 'Something else entirely.' : 'We are ready to talk.' }));
    expect(mergeStatements([...reports].reverse())).toEqual(mergeStatements(reports));
  });
});

describe('statementBucket', () => {
  it('groups reports by speaker, type and opening words, whatever their case, accents and punctuation', () => {
    const a = report({ articleId: 'a', text: 'We are ready — to talk, now.' });
    expect(statementBucket(a)).toBe('Zalmay Khalilzad|direct|we are ready to talk');
    expect(statementBucket(report({ articleId: 'b', text: 'we ARE ready to talk' }))).toBe(statementBucket(a));
    expect(statementBucket(report({ articleId: 'c', text: 'We are ready to talk', type: 'indirect' }))).not.toBe(statementBucket(a));
  });
});
