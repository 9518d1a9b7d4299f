import { trackTimeline, type ClaimReport } from './timeline';

const claim = (over: Partial<ClaimReport> & Pick<ClaimReport, 'articleId' | 'state'>): ClaimReport => ({
  ordinal: 0,
  outlet: `outlet of ${over.articleId}`,
  url: null,
  publishedAt: '2020-09-12',
  evidence: `evidence of ${over.articleId}`,
  track: 'intra_afghan',
  date: null,
  ...over,
});

describe('trackTimeline', () => {
  it('orders claims by day, merges the same claim from several outlets, and takes the latest as current', () => {
    const status = trackTimeline('intra_afghan', [
      claim({ articleId: 'c', state: 'stalled', date: '2020-11-01', publishedAt: '2020-11-02' }),
      claim({ articleId: 'a', state: 'opened', date: '2020-09-12' }),
      claim({ articleId: 'b', state: 'opened', date: '2020-09-12', publishedAt: '2020-09-13' }),
    ]);
    expect(status.timeline.map((c) => [c.state, c.date, c.sources.length])).toEqual([
      ['opened', '2020-09-12', 2],
      ['stalled', '2020-11-01', 1],
    ]);
    expect(status).toMatchObject({ currentState: 'stalled', disputed: [], lastChange: '2020-11-01' });
  });

  it('dates an undated claim by the day it was reported, and keeps undated claims of different days apart', () => {
    const status = trackTimeline('intra_afghan', [
      claim({ articleId: 'a', state: 'opened', date: '2020-09-12' }),
      claim({ articleId: 'b', state: 'paused', publishedAt: '2020-10-01' }),
    ]);
    expect(status.currentState).toBe('paused');
    expect(status.timeline[1]).toMatchObject({ date: null, effectiveDate: '2020-10-01' });
    const later = trackTimeline('intra_afghan', [
      claim({ articleId: 'b', state: 'paused', publishedAt: '2020-10-01' }),
      claim({ articleId: 'c', state: 'paused', publishedAt: '2021-06-01' }),
    ]);
    expect(later.timeline.map((c) => c.effectiveDate)).toEqual(['2020-10-01', '2021-06-01']);
  });

  it('shows conflicting claims of the same day as disputed instead of choosing one', () => {
    const status = trackTimeline('yemen_un', [
      claim({ articleId: 'a', track: 'yemen_un', state: 'resumed', date: '2021-03-01' }),
      claim({ articleId: 'b', track: 'yemen_un', state: 'stalled', date: '2021-03-01' }),
    ]);
    expect(status).toMatchObject({ currentState: null, disputed: ['resumed', 'stalled'], lastChange: '2021-03-01' });
  });

  it('has no current state without claims', () => {
    expect(trackTimeline('syria_geneva', [])).toEqual({ track: 'syria_geneva', currentState: null, disputed: [], lastChange: null, timeline: [] });
  });
});
