import { diffGenerations, formatGenerationDiff, isEmptyDiff, type ClaimRow, type GenerationFacts, type StatementRow, type VisitRow } from './generation-diff';

const visit = (over: Partial<VisitRow> & Pick<VisitRow, 'id'>): VisitRow => ({
  envoy: 'Steve Witkoff',
  city: 'Moscow',
  country: 'RU',
  date: '2025-04-11',
  endDate: '2025-04-11',
  mode: 'in_person',
  counterparts: [{ name: 'Vladimir Putin', articleIds: ['a1'] }],
  sources: [{ articleId: 'a1', ordinal: 0 }],
  corroboration: 1,
  bucket: 'b1',
  ...over,
});
const statement = (over: Partial<StatementRow> & Pick<StatementRow, 'id'>): StatementRow => ({
  speaker: 'Steve Witkoff',
  type: 'quote',
  text: 'We made progress.',
  date: '2025-04-11',
  tracks: ['russia-ukraine'],
  corroboration: 1,
  ...over,
});
const claim = (over: Partial<ClaimRow> & Pick<ClaimRow, 'id'>): ClaimRow => ({
  track: 'russia-ukraine',
  state: 'talks',
  date: '2025-04-11',
  effectiveDate: '2025-04-11',
  corroboration: 1,
  ...over,
});
const facts = (over: Partial<GenerationFacts> = {}): GenerationFacts => ({ visits: [], statements: [], claims: [], ...over });

describe('diffGenerations', () => {
  it('reports nothing between generations with the same rows, whatever their order and derived columns', () => {
    const before = facts({ visits: [visit({ id: 'v1' }), visit({ id: 'v2', city: 'Riyadh', country: 'SA' })], statements: [statement({ id: 's1' })] });
    const after = facts({ visits: [visit({ id: 'v2', city: 'Riyadh', country: 'SA' }), visit({ id: 'v1', bucket: 'other' })], statements: [statement({ id: 's1' })] });
    const diff = diffGenerations('rm_gen_1', before, 'rm_gen_2', after);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.envoys).toEqual([]);
    expect(formatGenerationDiff(diff)).toEqual([
      'rm_gen_1 -> rm_gen_2: visits +0 -0 ~0, statements +0 -0 ~0, status claims +0 -0 ~0',
      'no visit, statement or status claim changed',
    ]);
  });

  it('reports visits added, removed and changed per envoy, naming the changed fields', () => {
    const before = facts({ visits: [visit({ id: 'v1' }), visit({ id: 'v2', envoy: 'Zalmay Khalilzad', city: 'Doha', country: 'QA' })] });
    const after = facts({
      visits: [
        visit({ id: 'v1', endDate: '2025-04-12', corroboration: 2 }),
        visit({ id: 'v3', envoy: 'Zalmay Khalilzad', city: 'Kabul', country: 'AF', date: null, endDate: null }),
      ],
    });
    const diff = diffGenerations('public', before, 'rm_gen_3', after);
    expect(diff.totals.visits).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diff.envoys.map((e) => e.envoy)).toEqual(['Steve Witkoff', 'Zalmay Khalilzad']);
    expect(diff.envoys[0].visits.changed).toEqual([{ id: 'v1', label: 'Moscow, RU 2025-04-11 to 2025-04-12 (in person)', fields: ['corroboration', 'endDate'] }]);
    expect(diff.envoys[1].visits).toEqual({
      added: [{ id: 'v3', label: 'Kabul, AF undated (in person)' }],
      removed: [{ id: 'v2', label: 'Doha, QA 2025-04-11 (in person)' }],
      changed: [],
    });
  });

  it('files a statement under its speaker and under each of its tracks, and claims under their track', () => {
    const after = facts({
      statements: [statement({ id: 's1', tracks: ['russia-ukraine', 'black-sea'] })],
      claims: [claim({ id: 'c1', state: 'ceasefire', date: null, effectiveDate: '2025-04-20' })],
    });
    const diff = diffGenerations('rm_gen_1', facts({ claims: [claim({ id: 'c0' })] }), 'rm_gen_2', after);
    expect(diff.totals).toEqual({ visits: { added: 0, removed: 0, changed: 0 }, statements: { added: 1, removed: 0, changed: 0 }, claims: { added: 1, removed: 1, changed: 0 } });
    expect(diff.envoys).toEqual([{ envoy: 'Steve Witkoff', visits: { added: [], removed: [], changed: [] }, statements: { added: [expect.objectContaining({ id: 's1' })], removed: [], changed: [] } }]);
    expect(diff.tracks.map((t) => t.track)).toEqual(['black-sea', 'russia-ukraine']);
    expect(diff.tracks[1].claims).toEqual({
      added: [{ id: 'c1', label: 'ceasefire 2025-04-20 (date of report)' }],
      removed: [{ id: 'c0', label: 'talks 2025-04-11' }],
      changed: [],
    });
    expect(diff.tracks[0].statements.added.map((i) => i.id)).toEqual(['s1']);
  });

  it('compares JSON columns by content, not by key order', () => {
    const before = facts({ visits: [visit({ id: 'v1', sources: [{ ordinal: 0, articleId: 'a1' }] })] });
    expect(isEmptyDiff(diffGenerations('a', before, 'b', facts({ visits: [visit({ id: 'v1' })] })))).toBe(true);
  });

  it('prints each envoy and track with + added, - removed and ~ changed lines', () => {
    const diff = diffGenerations(
      'rm_gen_1',
      facts({ statements: [statement({ id: 's1', type: 'paraphrase' })] }),
      'rm_gen_2',
      facts({ statements: [statement({ id: 's1', type: 'paraphrase', tracks: [] })], claims: [claim({ id: 'c1' })] }),
    );
    expect(formatGenerationDiff(diff)).toEqual([
      'rm_gen_1 -> rm_gen_2: visits +0 -0 ~0, statements +0 -0 ~1, status claims +1 -0 ~0',
      'envoy Steve Witkoff',
      '  ~ statement Steve Witkoff, paraphrase 2025-04-11: "We made progress." (tracks)',
      'track russia-ukraine',
      '  + status claim talks 2025-04-11',
    ]);
  });
});
