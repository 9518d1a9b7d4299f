import { articleIdFor, canonicalUrl, contentHash, normalisedText } from './article-identity';

describe('article identity', () => {
  it("uses the client's id when it gives one", () => {
    expect(articleIdFor({ id: 'dawn-1486103', url: 'https://dawn.com/x', text: 'a' })).toBe('dawn-1486103');
  });

  it('derives the same id from URLs that differ only by tracking parameters, fragment, www and trailing slash', () => {
    const a = articleIdFor({ url: 'https://www.dawn.com/news/1486103/?utm_source=tw#comments', text: 'x' });
    const b = articleIdFor({ url: 'http://dawn.com/news/1486103', text: 'y' });
    expect(a).toBe(b);
    expect(a).toMatch(/^url-[0-9a-f]{32}$/);
  });

  it('keeps query parameters that identify the page', () => {
    expect(canonicalUrl('http://outlookafghanistan.net/national_detail.php?post_id=27671&utm_medium=x')).toBe(
      'https://outlookafghanistan.net/national_detail.php?post_id=27671',
    );
  });

  it('derives the id from the text when there is no URL, ignoring white space differences', () => {
    expect(articleIdFor({ text: 'Khalilzad  arrived\nin Kabul.' })).toBe(articleIdFor({ text: 'Khalilzad arrived in Kabul. ' }));
  });

  it('gives a different content hash when the text or metadata changes', () => {
    const base = { text: 'a b', format: 'text', title: 'T' };
    expect(contentHash(base)).toBe(contentHash({ ...base, text: 'a\n b ' }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, title: 'U' }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, text: 'a c' }));
  });

  it('gives the same content hash to URLs of the same page', () => {
    const base = { text: 'a', url: 'https://dawn.com/news/1' };
    expect(contentHash(base)).toBe(contentHash({ ...base, url: 'http://www.dawn.com/news/1/?utm_source=x' }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, url: 'https://dawn.com/news/2' }));
  });

  it('folds every run of white space into one space, as replacing each /\\s+/ does', () => {
    const pieces = [' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u2028', '\ufeff', 'a', 'b'];
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % pieces.length;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: i % 13 }, () => pieces[next()]).join('');
      expect(normalisedText(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
    expect(normalisedText(' Khalilzad \n\n arrived\u00a0in\tKabul. ')).toBe('Khalilzad arrived in Kabul.');
  });
});
