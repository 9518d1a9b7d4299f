import { sameName, sameTrack, score, textSim, formatScore, type Annotation } from './score';

const visit = (over: Record<string, unknown> = {}) => ({
  envoy: 'Zalmay Khalilzad',
  city: 'Doha',
  country: 'QA',
  date: '2020-02-29',
  mode: 'in_person',
  counterparts: [],
  companions: [],
  evidence: 'x',
  ...over,
});
const one = (gold: Annotation, pred: Annotation | null) => score([{ id: '001', gold, pred }]);

describe('name, track and text matching', () => {
  it('ignores titles and accepts a missing first name or a middle name', () => {
    expect(sameName('Gen. Scott Miller', 'Austin Scott Miller')).toBe(true);
    expect(sameName('Khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(sameName('US Special Representative Zalmay Khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(sameName('Imran Khan', 'Mohammad Sadiq Khan')).toBe(false);
  });

  it('matches institutions by shared words', () => {
    expect(sameName('US Embassy in Islamabad', 'U.S. Embassy')).toBe(true);
    expect(sameName('US State Department', 'Pakistan Foreign Office')).toBe(false);
  });

  it('compares tracks by snake_case words', () => {
    expect(sameTrack({ track: 'us_taliban' }, { track: 'US-Taliban' })).toBe(true);
    expect(sameTrack({ track: 'us_taliban' }, { track: 'intra_afghan' })).toBe(false);
  });

  it('caps word overlap by twice the Jaccard index', () => {
    expect(textSim('peace talks resume', 'the peace talks resume in Doha next week after a long pause')).toBeCloseTo(2 * (3 / 12));
    expect(textSim('a b c', 'a b c')).toBe(1);
  });
});

describe('score', () => {
  it('counts a visit with the wrong date as a visit match but not an exact one', () => {
    const r = one({ visits: [visit()] }, { visits: [visit({ date: null })] });
    expect(r.summary.visits).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.summary.visits_exact).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.accuracy.visit_date).toBe(0);
  });

  it('needs the same city, or both null with the same country, and the same mode', () => {
    const r = one(
      { visits: [visit({ city: null, country: 'PK' }), visit({ envoy: 'Scott Miller', mode: 'planned' })] },
      { visits: [visit({ city: 'Islamabad', country: 'PK' }), visit({ envoy: 'Austin Scott Miller', mode: 'in_person' })] },
    );
    expect(r.summary.visits).toMatchObject({ tp: 0, fp: 2, fn: 2 });
  });

  it('lets optional gold entries earn and cost nothing', () => {
    const gold = { visits: [visit({ optional: true })], statements: [{ speaker: 'X Y', text: 'we will never give up the fight', type: 'direct', optional: true }] };
    expect(one(gold, { visits: [visit()], statements: [] }).summary.visits).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
    expect(one(gold, { visits: [], statements: [] }).summary.statements).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it('matches statements by speaker and text, and quotes by text only', () => {
    const gold = { statements: [{ speaker: 'Ashraf Ghani', text: 'the Taliban must reduce violence now', type: 'direct' }] };
    const r = one(gold, { statements: [{ speaker: 'Hamdullah Mohib', text: 'the Taliban must reduce violence now', type: 'direct' }] });
    expect(r.summary.statements).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.summary.quotes_any_speaker).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches status by state plus track or evidence', () => {
    const gold = { status: [{ track: 'intra_afghan', state: 'stalled', date: null, evidence: 'The talks in Doha have stalled over the agenda.' }] };
    expect(one(gold, { status: [{ track: 'afghan_taliban', state: 'stalled', date: null, evidence: 'The talks in Doha have stalled over the agenda.' }] }).summary.status.tp).toBe(1);
    expect(one(gold, { status: [{ track: 'intra_afghan', state: 'paused', date: null, evidence: 'x' }] }).summary.status.tp).toBe(0);
  });

  it('treats a missing prediction as empty and micro-averages over articles', () => {
    const r = score([
      { id: '001', gold: { visits: [visit()] }, pred: null },
      { id: '002', gold: { visits: [visit()] }, pred: { visits: [visit()] } },
    ]);
    expect(r.summary.visits).toMatchObject({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5 });
    expect(formatScore(r)).toContain('F1 visits_exact=0.667 visits=0.667');
  });
});
