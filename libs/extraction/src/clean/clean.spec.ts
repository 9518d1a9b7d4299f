import { clean } from './clean';

const blockTexts = (raw: string) => clean(raw).blocks.map((b) => raw.slice(b.start, b.end));

describe('page notes before the lead', () => {
  it('drops a bracketed capture or translation note and a cookie banner', () => {
    const raw = 'BERNAMA\n[Cached page — retrieved 2016/11/23]\nThis site uses cookies. [Agree]\n[Traducido del español / Translated from Spanish]\nThe talks ended on Friday in Manila with an agreement.\n';
    expect(blockTexts(raw)).toEqual(['BERNAMA', 'The talks ended on Friday in Manila with an agreement.']);
  });

  it('keeps a bracketed editorial update that is part of the report', () => {
    const raw = 'The talks ended on Friday.\n[Update: the two sides will meet again in Doha on Monday.]\n';
    expect(blockTexts(raw)).toHaveLength(2);
  });

  it('reads the dateline of the lead after the page notes, with its day and a double hyphen', () => {
    const raw = '[Internet Archive · captured 2004-02-11]\nWe use cookies to improve your experience. [Accept all]\nMANILA, March 27 (Bernama) -- The prime minister arrived here this morning.\n';
    expect(clean(raw).dateline).toBe('MANILA');
  });

  it('still reads "GENEVA (AP) _" and "LOME, July 7 (AFP) -" datelines', () => {
    expect(clean('GENEVA (AP) _ The ministers agreed on Friday.\n').dateline).toBe('GENEVA');
    expect(clean('LOME, July 7 (AFP) - The two leaders signed the agreement.\n').dateline).toBe('LOME');
  });
});

describe('a dateline on a line of its own', () => {
  it('reads "Guatemala City, 29 December" and "KATHMANDU, Nov 21" above the lead as the dateline and drops the line', () => {
    const raw = 'Peace signed\n\nBy Carlos Menocal\nGuatemala City, 29 December\n\nThe two sides signed the agreement on Sunday.\n';
    expect(clean(raw).dateline).toBe('Guatemala City');
    expect(blockTexts(raw)).not.toContain('Guatemala City, 29 December');
    expect(clean('POST REPORT\nKATHMANDU, Nov 21\n\nThe accord was signed on Tuesday night.\n').dateline).toBe('KATHMANDU');
  });

  it('does not read a sentence of the report as a dateline', () => {
    expect(clean('The talks in Geneva, which opened on 21 November, ended without a deal.\n').dateline).toBeNull();
  });
});
