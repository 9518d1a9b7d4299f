import { isIsoDay, parseEvalArgs, parseExtractArgs, readMeta } from './args';

describe('parseExtractArgs', () => {
  it('reads a single file with its publication day, outlet and url', () => {
    expect(parseExtractArgs(['a/001.txt', '--published-at', '2020-10-09', '--outlet', 'Dawn', '--url', 'https://x.test/a'])).toEqual({
      ok: true,
      value: { mode: 'file', file: 'a/001.txt', publishedAt: '2020-10-09', outlet: 'Dawn', url: 'https://x.test/a' },
    });
  });

  it('accepts the --name=value form and leaves absent options null', () => {
    expect(parseExtractArgs(['--published-at=2019-06-02', 'x.txt'])).toEqual({
      ok: true,
      value: { mode: 'file', file: 'x.txt', publishedAt: '2019-06-02', outlet: null, url: null },
    });
  });

  it('reads directory mode', () => {
    expect(parseExtractArgs(['--dir', 'in', '--out', 'out'])).toEqual({ ok: true, value: { mode: 'dir', dir: 'in', out: 'out' } });
  });

  it.each([
    [[], 'usage'],
    [['a.txt', 'b.txt'], 'expected one article file'],
    [['a.txt', '--published-at', '2020-02-30'], 'calendar day'],
    [['a.txt', '--published-at', '09/10/2020'], 'calendar day'],
    [['a.txt', '--published-at'], 'argument missing'],
    [['a.txt', '--bogus'], "Unknown option '--bogus'"],
    [['--dir', 'in'], '--dir and --out go together'],
    [['--out', 'out'], '--dir and --out go together'],
    [['a.txt', '--dir', 'in', '--out', 'o'], 'not both'],
    [['--dir', 'in', '--out', 'o', '--published-at', '2020-01-01'], 'meta.json'],
    [['a.txt', '--outlet', ''], 'non-empty'],
  ])('rejects %j with a one-line error mentioning %s', (argv, fragment) => {
    const r = parseExtractArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(fragment);
      expect(r.error).not.toContain('\n');
    }
  });
});

describe('parseEvalArgs', () => {
  it('needs --gold and defaults to the automatic scorer', () => {
    expect(parseEvalArgs(['--gold', 'g'])).toEqual({ ok: true, value: { gold: 'g', verbose: false, json: false, scorer: 'auto' } });
    expect(parseEvalArgs(['--gold', 'g', '--verbose', '--json', '--scorer', 'builtin'])).toEqual({
      ok: true,
      value: { gold: 'g', verbose: true, json: true, scorer: 'builtin' },
    });
  });

  it.each([[[]], [['--gold']], [['--gold', 'g', '--scorer', 'mine']], [['--gold', 'g', 'extra']]])('rejects %j', (argv) => {
    const r = parseEvalArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).not.toContain('\n');
  });
});

describe('isIsoDay', () => {
  it('accepts real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2023-1-02')).toBe(false);
    expect(isIsoDay('2023-01-02T10:00:00Z')).toBe(false);
  });
});

describe('readMeta', () => {
  it('takes publishedAt, outlet, url and title, truncating timestamps to the day', () => {
    expect(readMeta({ id: '001', outlet: 'Dawn', url: null, title: 'T', publishedAt: '2019-06-02T08:00:00Z' })).toEqual({
      publishedAt: '2019-06-02',
      outlet: 'Dawn',
      url: null,
      title: 'T',
    });
  });

  it('turns malformed fields and non-objects into nulls', () => {
    expect(readMeta({ publishedAt: 'yesterday', outlet: 3 })).toEqual({ publishedAt: null, outlet: null, url: null, title: null });
    expect(readMeta(null)).toEqual({ publishedAt: null, outlet: null, url: null, title: null });
  });
});
