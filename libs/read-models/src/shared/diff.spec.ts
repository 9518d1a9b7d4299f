import { canonicalJson } from './diff';

describe('canonicalJson', () => {
  it('writes canonical JSON with sorted keys and no undefined members', () => {
    expect(canonicalJson({ b: [2, { d: null, c: undefined }], a: 'x' })).toBe('{"a":"x","b":[2,{"d":null}]}');
  });

  it('gives the same text for objects that differ only in key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(canonicalJson({ a: [{ x: 1, y: 2 }], b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] })); // arrays keep their order
  });
});
