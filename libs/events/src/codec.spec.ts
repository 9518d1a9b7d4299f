import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvent, decodeEvent, encodeEvent, EventParseError } from './codec';
import { eventJsonSchemas } from './json-schema';

const v1Event = {
  eventId: '0b7f3a5e-2f7d-4d8c-9d0e-0c1f2a3b4c5d',
  type: 'ArticleSubmitted',
  schemaVersion: 1,
  articleId: 'dawn-1486103',
  occurredAt: '2019-06-02T10:00:00Z',
  producer: 'legacy-wire-adapter',
  payload: { text: 'Khalilzad arrived in Islamabad on Sunday.', source: 'Dawn', publishedAt: '2019-06-02' },
};

const parseFailure = (value: string | null, headers: Record<string, string> = {}): EventParseError => {
  try {
    decodeEvent(value, headers);
  } catch (error) {
    return error as EventParseError;
  }
  throw new Error('expected a parse failure');
};

describe('event codec', () => {
  it('reads a v1 ArticleSubmitted as v2: source becomes outlet and format defaults to text', () => {
    const event = decodeEvent(JSON.stringify(v1Event));
    expect(event.schemaVersion).toBe(2);
    expect(event.payload).toEqual({
      text: 'Khalilzad arrived in Islamabad on Sunday.',
      format: 'text',
      outlet: 'Dawn',
      publishedAt: '2019-06-02',
    });
  });

  it('round-trips a created event through encode and decode, with type and version in the headers', () => {
    const event = createEvent('ArticleRetracted', 'a-1', { reason: 'duplicate' }, 'test');
    const encoded = encodeEvent(event);
    expect(encoded.key).toBe('a-1');
    expect(encoded.headers['event-type']).toBe('ArticleRetracted');
    expect(encoded.headers['schema-version']).toBe('1');
    expect(decodeEvent(Buffer.from(encoded.value), encoded.headers)).toEqual(event);
  });

  it('rejects truncated JSON as invalid_json', () => {
    expect(parseFailure(JSON.stringify(v1Event).slice(0, 40)).reason).toBe('invalid_json');
  });

  it('rejects an empty value as invalid_json', () => {
    expect(parseFailure(null).reason).toBe('invalid_json');
  });

  it('rejects an unknown event type as an invalid envelope naming the field', () => {
    const error = parseFailure(JSON.stringify({ ...v1Event, type: 'ArticleLiked' }));
    expect(error.reason).toBe('invalid_envelope');
    expect(error.message).toMatch(/^invalid envelope: type:/);
    expect(error.partial?.eventId).toBe(v1Event.eventId);
  });

  it('rejects a schema version it does not know', () => {
    const error = parseFailure(JSON.stringify({ ...v1Event, schemaVersion: 9 }));
    expect(error.reason).toBe('unknown_version');
    expect(error.message).toContain('known: 1, 2');
  });

  it('rejects a payload that does not match its version, naming the field', () => {
    const error = parseFailure(JSON.stringify({ ...v1Event, payload: { text: '   ' } }));
    expect(error.reason).toBe('invalid_payload');
    expect(error.message).toContain('payload: text:');
  });

  it('rejects a message whose type header disagrees with its envelope', () => {
    expect(parseFailure(JSON.stringify(v1Event), { 'event-type': 'ArticleRetracted' }).reason).toBe('header_mismatch');
  });

  it('rejects a correction that changes nothing', () => {
    expect(() => createEvent('ArticleCorrected', 'a-1', { reason: 'typo' }, 'test')).toThrow(EventParseError);
  });

  it('keeps the published JSON Schema files in step with the zod schemas', () => {
    for (const [name, schema] of Object.entries(eventJsonSchemas())) {
      const file = JSON.parse(readFileSync(join(__dirname, '..', 'json-schema', name), 'utf8'));
      expect({ name, schema: file }).toEqual({ name, schema });
    }
  });
});
