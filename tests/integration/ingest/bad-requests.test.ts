// Every bad request gets a 4xx naming what is wrong, never a 5xx, and writes nothing to the topic.
import { callApi, readTopic, useGateway } from '../../support/ingest';

const MAX_ARTICLE_CHARS = 1000;
const MAX_BODY_BYTES = 20_000;
const BATCH_MAX_ARTICLES = 3;
const text = 'Special envoy Zalmay Khalilzad arrived in Kabul on Monday.';

interface BadRequest {
  name: string;
  method?: 'POST' | 'PUT' | 'DELETE' | 'GET';
  path?: string;
  key?: 'publisher' | 'reader' | 'none' | 'forged';
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  message: string | RegExp;
}

const cases: BadRequest[] = [
  { name: 'text missing', body: { title: 'No text' }, status: 400, message: 'text: required' },
  { name: 'text empty', body: { text: '' }, status: 400, message: 'text: not empty' },
  { name: 'text only white space', body: { text: ' \n\t ' }, status: 400, message: 'text: not empty' },
  { name: 'text not a string', body: { text: 42 }, status: 400, message: 'text: a string' },
  { name: 'text null', body: { text: null }, status: 400, message: 'text: a string' },
  { name: 'text over the size limit', body: { text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) }, status: 400, message: `text: at most ${MAX_ARTICLE_CHARS} characters` },
  { name: 'publishedAt not a date', body: { text, publishedAt: 'last Monday' }, status: 400, message: 'publishedAt: a date YYYY-MM-DD or an ISO 8601 timestamp' },
  { name: 'publishedAt an impossible day', body: { text, publishedAt: '2021-02-29' }, status: 400, message: 'publishedAt: a real calendar date' },
  { name: 'publishedAt an impossible time', body: { text, publishedAt: '2021-02-01T25:61:00Z' }, status: 400, message: 'publishedAt: a real calendar date' },
  { name: 'publishedAt far in the future', body: { text, publishedAt: '2999-01-01' }, status: 400, message: 'publishedAt: not in the future' },
  { name: 'url not a URL', body: { text, url: 'dawn dot com' }, status: 400, message: 'url: an absolute http(s) URL' },
  { name: 'url not http(s)', body: { text, url: 'ftp://dawn.com/news/1' }, status: 400, message: 'url: an absolute http(s) URL' },
  { name: 'format unknown', body: { text, format: 'pdf' }, status: 400, message: /^format: .*"text".*"html"/ },
  { name: 'language not a language tag', body: { text, language: 'English' }, status: 400, message: /^language: a BCP 47 language tag/ },
  { name: 'title not a string', body: { text, title: ['a', 'b'] }, status: 400, message: 'title: a string' },
  { name: 'title empty', body: { text, title: '  ' }, status: 400, message: 'title: not empty' },
  { name: 'id with spaces', body: { text, id: 'my article' }, status: 400, message: /^id: an id of 1-128 letters/ },
  { name: 'unknown field', body: { text, author: 'Jane' }, status: 400, message: /author/ },
  { name: 'body an array', body: [{ text }], status: 400, message: /^\(body\): / },
  { name: 'malformed JSON', body: '{"text": "unterminated', status: 400, message: /^malformed JSON/ },
  { name: 'JSON null body', body: 'null', status: 400, message: /^malformed JSON/ },
  { name: 'body not UTF-8', body: Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), status: 400, message: 'request body is not valid UTF-8' },
  { name: 'body larger than the limit', body: { text: 'a'.repeat(MAX_BODY_BYTES) }, status: 413, message: 'request body is larger than the limit' },
  { name: 'plain-text content type', body: text, headers: { 'content-type': 'text/plain' }, status: 415, message: /^Content-Type must be application\/json/ },
  { name: 'form content type', body: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, message: /^Content-Type must be application\/json/ },
  { name: 'JSON in a charset other than UTF-8', body: JSON.stringify({ text }), headers: { 'content-type': 'application/json; charset=latin1' }, status: 415, message: 'request body must be UTF-8 JSON' },
  { name: 'Idempotency-Key too long', body: { text }, headers: { 'idempotency-key': 'k'.repeat(201) }, status: 400, message: 'Idempotency-Key: 1-200 visible ASCII characters' },
  { name: 'no API key', key: 'none', body: { text }, status: 401, message: /^an API key is required/ },
  { name: 'forged API key', key: 'forged', body: { text }, status: 401, message: /^the API key is not valid/ },
  { name: 'reader key on POST', key: 'reader', body: { text }, status: 403, message: 'this route needs the publisher role; the key has the reader role' },
  { name: 'batch without articles', path: '/api/articles/batch', body: { articles: [] }, status: 400, message: 'articles: at least one article' },
  { name: 'batch articles not a list', path: '/api/articles/batch', body: { articles: { text } }, status: 400, message: /^articles: / },
  { name: 'batch over the size limit', path: '/api/articles/batch', body: { articles: Array(BATCH_MAX_ARTICLES + 1).fill({ text }) }, status: 400, message: `articles: at most ${BATCH_MAX_ARTICLES} articles per batch` },
  { name: 'correction that changes nothing', method: 'PUT', path: '/api/articles/some-article', body: { reason: 'typo' }, status: 400, message: /a correction changes the text or at least one metadata field/ },
  { name: 'correction with an invalid date', method: 'PUT', path: '/api/articles/some-article', body: { publishedAt: '2020-13-01' }, status: 400, message: 'publishedAt: a real calendar date' },
  { name: 'correction of an invalid id', method: 'PUT', path: '/api/articles/bad%20id', body: { title: 'x' }, status: 400, message: /^id: an id of 1-128 letters/ },
  { name: 'retraction without a reason', method: 'DELETE', path: '/api/articles/some-article', body: {}, status: 400, message: 'reason: required' },
  { name: 'retraction with a plain-text body', method: 'DELETE', path: '/api/articles/some-article', body: 'duplicate', headers: { 'content-type': 'text/plain' }, status: 415, message: /^Content-Type must be application\/json/ },
  { name: 'retraction with an empty reason', method: 'DELETE', path: '/api/articles/some-article', body: { reason: '' }, status: 400, message: 'reason: not empty' },
  { name: 'article query of an invalid id', method: 'GET', path: '/api/articles/..%2Fetc', key: 'reader', status: 400, message: /^id: an id of 1-128 letters/ },
];

describe('ingest: bad requests', () => {
  const fixture = useGateway({
    MAX_ARTICLE_CHARS: String(MAX_ARTICLE_CHARS),
    MAX_BODY_BYTES: String(MAX_BODY_BYTES),
    BATCH_MAX_ARTICLES: String(BATCH_MAX_ARTICLES),
  });

  it('covers at least 25 bad requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$name: $status', async ({ method = 'POST', path = '/api/articles', key = 'publisher', body, headers, status, message }) => {
    const presented = key === 'none' ? undefined : key === 'forged' ? `nk_${'0'.repeat(32)}_${'A'.repeat(43)}` : fixture.keys[key];
    const response = await callApi(fixture.gateway.url, method, path, { key: presented, body, headers });
    expect({ status: response.status, message: response.body.message }).toEqual({
      status,
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });
    expect(response.body).toMatchObject({ statusCode: status, error: expect.any(String) });
  });

  it('wrote nothing to the topic for any of them', async () => {
    expect(await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC)).toEqual([]);
  });
});
