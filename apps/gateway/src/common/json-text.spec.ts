import { toJsonPage } from './json-text';
import { decodeCursor, toPage } from './pagination';

const rows = [
  { item: '{"id":"a","n":1}', date: '2021-01-01', id: 'a' },
  { item: '{"id":"b","n":2}', date: null, id: 'b' },
  { item: '{"id":"c","n":3}', date: null, id: 'c' },
];

describe('toJsonPage', () => {
  it('gives the same page as toPage does for the parsed items, the cursor naming the last item of the page', () => {
    for (const limit of [1, 2, 3, 5]) {
      const text = toJsonPage(rows, limit, (r) => [r.date, r.id]).text;
      expect(JSON.parse(text)).toEqual(toPage(rows, limit, (r) => [r.date, r.id], (r) => JSON.parse(r.item)));
    }
    expect(decodeCursor(JSON.parse(toJsonPage(rows, 2, (r) => [r.date, r.id]).text).nextCursor, 2)).toEqual([null, 'b']);
  });

  it('gives an empty page with no next cursor when there are no rows', () => {
    expect(JSON.parse(toJsonPage([], 10, () => []).text)).toEqual({ items: [], nextCursor: null });
  });
});
