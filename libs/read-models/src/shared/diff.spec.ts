import { canonicalJson, diffById } from './diff';

describe('diffById', () => {
  it('finds created, updated and removed rows and ignores key order in unchanged ones', () => {
    const existing = [
      { id: 'same', data: { b: 1, a: [{ y: 2, x: 1 }] } },
      { id: 'changed', data: { a: 1 } },
      { id: 'gone', data: {} },
    ];
    const computed = [
      { id: 'same', data: { a: [{ x: 1, y: 2 }], b: 1 } },
      { id: 'changed', data: { a: 2 } },
      { id: 'new', data: {} },
    ];
    const diff = diffById(existing, computed);
    expect(diff.created.map((r) => r.id)).toEqual(['new']);
    expect(diff.updated.map((r) => r.id)).toEqual(['changed']);
    expect(diff.removed.map((r) => r.id)).toEqual(['gone']);
  });

  it('writes canonical JSON with sorted keys and no undefined members', () => {
    expect(canonicalJson({ b: [2, { d: null, c: undefined }], a: 'x' })).toBe('{"a":"x","b":[2,{"d":null}]}');
  });
});
