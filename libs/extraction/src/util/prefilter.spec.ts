import { anyPresent, containsAny, KeyIndex, literalKeys } from './prefilter';
import { INSTITUTIONS, TRACKS } from '../knowledge';

describe('literalKeys', () => {
  it('takes the longest mandatory word of every top-level alternative', () => {
    expect(literalKeys(['U\\.?S\\.?[- ]Taliban', 'Doha (?:agreement|deal)', 'intra[- ]Afghan'], true)).toEqual(['taliban', 'doha', 'afghan']);
  });

  it('drops the last letter of a word made optional by a quantifier', () => {
    expect(literalKeys(['Houthis? and (?:the )?Saudis?'], true)).toEqual(['houthi']);
  });

  it('gives up (null) when an alternative has no mandatory word', () => {
    expect(literalKeys(['(?:DRC|Congo)[- ]Rwanda', '[A-Z]+ and'], true)).toEqual(['rwanda', 'and']);
    expect(literalKeys(['(?:[a-z]+|SAF)'], true)).toBeNull();
  });

  it('prefers the words of a required group to a common word ("and", "talks")', () => {
    expect(literalKeys(['(?:army|SAF) and (?:the )?(?:RSF|Rapid Support Forces)'], true)).toEqual(['army', 'saf']);
    expect(literalKeys(['(?:army|SAF)'], true)).toEqual(['army', 'saf']);
    expect(literalKeys(['(?<!South )Sudan(?:ese)? talks'], true)).toEqual(['sudan']);
    expect(literalKeys(['(?:Doha|Oslo)? talks'], true)).toEqual(['talks']);
  });

  it('never rejects a text that one of the knowledge patterns matches', () => {
    const samples = [
      'The US-Taliban deal', 'intra-Afghan talks', 'Talks between Saudi Arabia and the Houthis resumed', 'the Jeddah platform',
      'Israel and Hamas agreed', 'the 5+5 Joint Military Commission', 'Russia-Ukraine talks', 'The U.S. Embassy in Kabul said',
      'Inter-Services Public Relations (ISPR)', 'the Foreign Office', 'Pakistani Taliban', 'AFC/M23', 'the Israeli army',
    ];
    for (const t of TRACKS) {
      const keys = literalKeys(t.patterns, true);
      const re = new RegExp(t.patterns.map((p) => `(?:${p})`).join('|'), 'i');
      for (const s of samples) if (re.test(s)) expect(containsAny(s.toLowerCase(), keys)).toBe(true);
    }
    for (const d of INSTITUTIONS) {
      const keys = literalKeys(d.patterns, false);
      const re = new RegExp(d.patterns.map((p) => `(?:${p})`).join('|'), 'u');
      for (const s of samples) if (re.test(s)) expect(containsAny(s, keys)).toBe(true);
    }
  });
});

describe('KeyIndex', () => {
  it('finds every key present, including keys inside longer ones and overlapping ones', () => {
    const idx = new KeyIndex([['afghanistan', 'taliban'], ['afghan'], ['anista'], ['doha']]);
    const found = idx.present('the afghanistan-taliban talks');
    expect([...found].sort()).toEqual(['afghan', 'afghanistan', 'anista', 'taliban']);
    expect(anyPresent(found, ['doha'])).toBe(false);
    expect(anyPresent(found, ['doha', 'afghan'])).toBe(true);
    expect(anyPresent(found, null)).toBe(true);
  });

  it('tells for every key set whether the text may match it, like anyPresent', () => {
    const sets = [['afghanistan', 'taliban'], ['afghan'], null, ['doha']];
    const idx = new KeyIndex(sets);
    for (const text of ['the afghanistan-taliban talks', 'talks in doha', 'nothing here']) {
      const found = idx.present(text);
      expect([...idx.candidates(text)]).toEqual(sets.map((k) => (anyPresent(found, k) ? 1 : 0)));
    }
  });
});
