import { StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { JsonText } from './json-text';
import { ReadAnswer, readAnswerOf, type AnswerHeaders } from './read-answer';

/** The part of a reply readAnswerOf uses: its headers. */
function fakeResponse(headers: Record<string, string> = {}) {
  const set: Record<string, string> = { ...headers };
  const response = {
    header: (name: string, value: string) => ((set[name.toLowerCase()] = value), response),
    getHeader: (name: string) => set[name.toLowerCase()],
  } as unknown as AnswerHeaders;
  return { response, headers: set };
}

describe('readAnswerOf', () => {
  it('sends JSON text as it is, typed as JSON, with a strong ETag of that text', () => {
    const { response, headers } = fakeResponse();
    const answer = readAnswerOf(new JsonText('{"items":[]}'), response)!;
    expect(answer.text).toBe('{"items":[]}');
    expect(answer.etag).toMatch(/^"[\w-]{27}"$/);
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('serialises an object as JSON, and keeps a string and the type its route set', () => {
    const json = fakeResponse();
    expect(readAnswerOf({ a: 1 }, json.response)!.text).toBe('{"a":1}');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const csv = fakeResponse({ 'content-type': 'text/csv; charset=utf-8' });
    expect(readAnswerOf('a,b\n1,2\n', csv.response)!.text).toBe('a,b\n1,2\n');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('gives the same ETag to the same text only', () => {
    const { response } = fakeResponse();
    const [a, b, c] = ['{"x":1}', '{"x":1}', '{"x":2}'].map((text) => readAnswerOf(new JsonText(text), response)!.etag);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('leaves what is not one text to Nest: nothing, a buffer, a stream, a file', () => {
    const { response } = fakeResponse();
    for (const body of [undefined, null, Buffer.from('x'), Readable.from(['x']), new StreamableFile(Buffer.from('x'))]) {
      expect(readAnswerOf(body, response)).toBeUndefined();
    }
  });

  it('passes an answer already made (a cached one) through unchanged', () => {
    const kept = new ReadAnswer('{"cached":true}', '"etag"');
    expect(readAnswerOf(kept, fakeResponse().response)).toBe(kept);
  });
});
