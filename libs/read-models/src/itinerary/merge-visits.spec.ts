import { mergeVisits, visitBucket, type VisitReport } from './merge-visits';
import { groupTrips } from './trips';

const report = (over: Partial<VisitReport> & Pick<VisitReport, 'articleId'>): VisitReport => ({
  ordinal: 0,
  outlet: `outlet of ${over.articleId}`,
  url: null,
  publishedAt: '2020-10-09',
  evidence: `evidence of ${over.articleId}`,
  envoy: 'Zalmay Khalilzad',
  city: 'Islamabad',
  country: 'PK',
  date: '2020-10-08',
  mode: 'in_person',
  counterparts: [],
  companions: [],
  ...over,
});

describe('mergeVisits', () => {
  it('merges five outlets reporting the same visit into one visit with five sources and the union of counterparts', () => {
    const reports = [1, 2, 3, 4, 5].map((n) =>
      report({ articleId: `a${n}`, counterparts: n % 2 ? ['Qamar Javed Bajwa'] : ['Imran Khan'], companions: n === 3 ? ['Austin Scott Miller'] : [] }),
    );
    const [visit, ...rest] = mergeVisits(reports);
    expect(rest).toEqual([]);
    expect(visit.sources.map((s) => s.articleId)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(visit.corroboration).toBe(5);
    expect(visit.counterparts).toEqual([
      { name: 'Imran Khan', articleIds: ['a2', 'a4'] },
      { name: 'Qamar Javed Bajwa', articleIds: ['a1', 'a3', 'a5'] },
    ]);
    expect(visit.companions).toEqual([{ name: 'Austin Scott Miller', articleIds: ['a3'] }]);
  });

  it('counts one outlet once however many of its articles report the visit', () => {
    const [visit] = mergeVisits([report({ articleId: 'a1', outlet: 'Dawn' }), report({ articleId: 'a2', outlet: 'dawn ' })]);
    expect(visit.sources).toHaveLength(2);
    expect(visit.corroboration).toBe(1);
  });

  it('joins reports of adjacent days into one stay and keeps visits a week apart separate', () => {
    const visits = mergeVisits([
      report({ articleId: 'a1', date: '2020-10-08' }),
      report({ articleId: 'a2', date: '2020-10-09', publishedAt: '2020-10-10' }),
      report({ articleId: 'a3', date: '2020-10-16', publishedAt: '2020-10-16' }),
    ]);
    expect(visits.map((v) => [v.date, v.endDate, v.sources.length])).toEqual([
      ['2020-10-08', '2020-10-09', 2],
      ['2020-10-16', '2020-10-16', 1],
    ]);
  });

  it('attaches an undated report to the dated visit shortly before its publication, not to a later one', () => {
    const visits = mergeVisits([
      report({ articleId: 'dated', date: '2020-10-08' }),
      report({ articleId: 'undated', date: null, publishedAt: '2020-10-10' }),
      report({ articleId: 'later', date: '2020-11-20', publishedAt: '2020-11-20' }),
    ]);
    expect(visits.map((v) => v.sources.map((s) => s.articleId))).toEqual([['dated', 'undated'], ['later']]);
  });

  it('keeps in-person, virtual and planned reports apart and links a plan to the visit that happened', () => {
    const visits = mergeVisits([
      report({ articleId: 'plan', mode: 'planned', date: null, publishedAt: '2020-10-01' }),
      report({ articleId: 'trip', date: '2020-10-08' }),
      report({ articleId: 'call', mode: 'virtual', date: '2020-10-08' }),
    ]);
    const byMode = Object.fromEntries(visits.map((v) => [v.mode, v]));
    expect(Object.keys(byMode).sort()).toEqual(['in_person', 'planned', 'virtual']);
    expect(byMode.planned.confirmedBy).toBe(byMode.in_person.id);
    expect(byMode.virtual.confirmedBy).toBeNull();
  });

  it('leaves a plan unconfirmed when no visit followed it', () => {
    const [plan] = mergeVisits([report({ articleId: 'plan', mode: 'planned', date: '2020-12-01' })]);
    expect(plan.confirmedBy).toBeNull();
  });

  it('gives the same visits and ids whatever the order of the reports', () => {
    const reports = ['a', 'b', 'c', 'd'].map((id, i) => report({ articleId: id, date: i === 3 ? null : `2020-10-0${7 + i}` }));
    expect(mergeVisits([...reports].reverse())).toEqual(mergeVisits(reports));
  });

  it('buckets by envoy and place only', () => {
    expect(visitBucket(report({ articleId: 'x' }))).toBe('Zalmay Khalilzad|Islamabad|PK');
    expect(visitBucket(report({ articleId: 'x', city: null }))).toBe('Zalmay Khalilzad||PK');
  });
});

describe('groupTrips', () => {
  it('groups consecutive in-person visits into a journey ordered by day, with coordinates', () => {
    const visits = [
      ...mergeVisits([report({ articleId: 'k', city: 'Kabul', country: 'AF', date: '2020-10-10' })]),
      ...mergeVisits([report({ articleId: 'i', date: '2020-10-08' })]),
      ...mergeVisits([report({ articleId: 'd', city: 'Doha', country: 'QA', date: '2020-10-30' })]),
      ...mergeVisits([report({ articleId: 'v', city: 'Tashkent', country: 'UZ', mode: 'virtual', date: '2020-10-09' })]),
    ];
    const trips = groupTrips(visits.map((v) => ({ ...v, coordinates: v.city === 'Kabul' ? ([69.17, 34.53] as [number, number]) : null })));
    expect(trips.map((t) => [t.from, t.to, t.stops.map((s) => s.city)])).toEqual([
      ['2020-10-08', '2020-10-10', ['Islamabad', 'Kabul']],
      ['2020-10-30', '2020-10-30', ['Doha']],
    ]);
    expect(trips[0].stops[1].coordinates).toEqual([69.17, 34.53]);
  });
});
