import { sentencesOf, splitSentences } from './split';

describe('sentencesOf', () => {
  it('ends sentences at terminal punctuation before a capital, digit or opening quote', () => {
    expect(sentencesOf('Talks resumed in Doha. 2 rounds followed! “We are hopeful,” he said. Is it over? No.')).toEqual([
      'Talks resumed in Doha.',
      '2 rounds followed!',
      '“We are hopeful,” he said.',
      'Is it over?',
      'No.',
    ]);
  });

  it('keeps titles, initials, acronyms and months inside the sentence', () => {
    expect(sentencesOf('Gen. Austin S. Miller met Mr. Khan in the U.S. Embassy on Jan. 5 with Lt. Col. Smith.')).toEqual([
      'Gen. Austin S. Miller met Mr. Khan in the U.S. Embassy on Jan. 5 with Lt. Col. Smith.',
    ]);
  });

  it('keeps a title in capitals with the name of a transcript label', () => {
    expect(sentencesOf('DR. MAJED AL-ANSARI: The talks are continuing. MR. WALTZ: Thank you.')).toEqual([
      'DR. MAJED AL-ANSARI: The talks are continuing.',
      'MR. WALTZ: Thank you.',
    ]);
  });

  it('puts a closing quotation mark with the sentence it ends', () => {
    expect(sentencesOf('He said: “The talks have stalled.” Officials declined to comment.')).toEqual([
      'He said: “The talks have stalled.”',
      'Officials declined to comment.',
    ]);
  });

  it('does not break before a lower-case word', () => {
    expect(sentencesOf('The envoy arrived at 5 p.m. and met officials.')).toEqual(['The envoy arrived at 5 p.m. and met officials.']);
  });
});

describe('splitSentences', () => {
  it('keeps offsets into the raw text and the block kind', () => {
    const raw = 'Headline here\nFirst one. Second one.';
    const s = splitSentences(raw, [
      { start: 0, end: 13, kind: 'headline' },
      { start: 14, end: raw.length, kind: 'body' },
    ]);
    expect(s.map((x) => [x.text, x.kind, raw.slice(x.start, x.end) === x.text])).toEqual([
      ['Headline here', 'headline', true],
      ['First one.', 'body', true],
      ['Second one.', 'body', true],
    ]);
  });

  it('cuts a very long line without punctuation into bounded pieces', () => {
    const raw = 'word '.repeat(5000);
    const s = splitSentences(raw, [{ start: 0, end: raw.length, kind: 'body' }]);
    expect(s.length).toBeGreaterThan(1);
    expect(Math.max(...s.map((x) => x.end - x.start))).toBeLessThanOrEqual(5000);
  });
});

describe('a wire dateline ending in an abbreviation', () => {
  it('does not end a sentence before the agency in brackets ("KEY WEST, Fla. (AP) - ...")', () => {
    expect(sentencesOf('KEY WEST, Fla. (AP) - Powell opened talks on Tuesday. He met both presidents.')).toEqual([
      'KEY WEST, Fla. (AP) - Powell opened talks on Tuesday.',
      'He met both presidents.',
    ]);
  });
});
