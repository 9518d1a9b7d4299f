// Hostile requests: each gets the right 4xx with a message naming the field, parameter or problem, never a 5xx, and
// nothing reaches the topic or the database that should not. The plain bad requests of ingest (missing or
// mistyped fields, malformed JSON, a body not UTF-8 or over the limit, text/plain and form content types, a latin1
// charset, no key, a forged key, a reader key on POST, an invalid article id in a path) are in
// tests/integration/ingest/bad-requests.test.ts and not repeated here.
import { ApiKeyRepository } from '@newsroom/auth';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { callApi, readTopic, useGateway } from '../../support/ingest';

const text = 'Special envoy Zalmay Khalilzad arrived in Kabul on Monday.';
const nested = (depth: number, leaf: string) => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const UNKNOWN = 'not a field or parameter this route accepts';
const NUL = 'contains a NUL character (\\u0000)';
const SURROGATE = 'contains an unpaired UTF-16 surrogate, not a Unicode character';
const NEEDS_KEY = 'an API key is required (X-API-Key header)';
const NOT_VALID = 'the API key is not valid, expired or revoked';

type KeyName = 'publisher' | 'reader' | 'admin' | 'none' | 'revoked' | 'expired' | 'wrong-secret' | 'huge' | 'two';

interface Hostile {
  name: string;
  method?: string;
  path?: string;
  key?: KeyName;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  /** the answer's message; null for HEAD, which has no body */
  message: string | RegExp | null;
}

const cases: Hostile[] = [
  // bodies: structure
  { name: 'JSON nested 1000 levels deep as the body', body: '['.repeat(1000) + ']'.repeat(1000), status: 400, message: '(body): an object' },
  { name: 'JSON nested 1000 levels deep in a field', body: `{"text":${JSON.stringify(text)},"title":${nested(1000, '1')}}`, status: 400, message: 'title: a string' },
  { name: 'JSON nested 100,000 levels deep in a field', body: `{"text":${JSON.stringify(text)},"id":${nested(100_000, '1')}}`, status: 400, message: 'id: a string' },
  { name: 'duplicate JSON keys: the last one is the one validated', body: `{"text":${JSON.stringify(text)},"text":" "}`, status: 400, message: 'text: not empty' },
  { name: '__proto__ key (prototype pollution)', body: `{"text":${JSON.stringify(text)},"__proto__":{"role":"admin"}}`, status: 400, message: `__proto__: ${UNKNOWN}` },
  { name: 'constructor.prototype key', body: { text, constructor: { prototype: { role: 'admin' } } }, status: 400, message: `constructor: ${UNKNOWN}` },
  { name: 'a number as the body', body: '1e999999', status: 400, message: /^malformed JSON/ },
  { name: 'a JSON string as the body', body: '"<script>alert(1)</script>"', status: 400, message: /^malformed JSON/ },
  // bodies: text that cannot be stored
  { name: 'NUL character in text', body: `{"text":"Envoy \\u0000 in Kabul"}`, status: 400, message: `text: ${NUL}` },
  { name: 'NUL character in title', body: `{"text":${JSON.stringify(text)},"title":"a\\u0000b"}`, status: 400, message: `title: ${NUL}` },
  { name: 'NUL character in a key', body: `{"text":${JSON.stringify(text)},"a\\u0000":1}`, status: 400, message: `a\\u0000: ${NUL}` },
  { name: 'unpaired surrogate in text', body: `{"text":"Envoy \\ud800 in Kabul"}`, status: 400, message: `text: ${SURROGATE}` },
  { name: 'unpaired low surrogate in outlet', body: `{"text":${JSON.stringify(text)},"outlet":"\\udc00"}`, status: 400, message: `outlet: ${SURROGATE}` },
  { name: 'NUL character in a batch item', path: '/api/articles/batch', body: `{"articles":[{"text":"ok text"},{"text":"a\\u0000"}]}`, status: 400, message: `articles.1.text: ${NUL}` },
  { name: 'NUL character in a correction', method: 'PUT', path: '/api/articles/hostile-any', body: `{"title":"a\\u0000"}`, status: 400, message: `title: ${NUL}` },
  { name: 'NUL character in a retraction reason', method: 'DELETE', path: '/api/articles/hostile-any', body: `{"reason":"\\u0000"}`, status: 400, message: `reason: ${NUL}` },
  { name: 'overlong UTF-8 encoding of "/"', body: Buffer.concat([Buffer.from('{"text":"..'), Buffer.from([0xc0, 0xaf]), Buffer.from('etc"}')]), status: 400, message: 'request body is not valid UTF-8' },
  // bodies: content types and encodings
  { name: 'JSON declared as UTF-16', body: { text }, headers: { 'content-type': 'application/json; charset=utf-16' }, status: 415, message: 'request body must be UTF-8 JSON' },
  { name: 'XML content type', body: '<article><text>x</text></article>', headers: { 'content-type': 'application/xml' }, status: 415, message: 'Content-Type must be application/json (got application/xml)' },
  { name: 'HTML content type', body: '<script>alert(1)</script>', headers: { 'content-type': 'text/html' }, status: 415, message: 'Content-Type must be application/json (got text/html)' },
  { name: 'multipart content type', body: '--x\r\n\r\n--x--', headers: { 'content-type': 'multipart/form-data; boundary=x' }, status: 415, message: /^Content-Type must be application\/json \(got multipart\/form-data/ },
  { name: 'JSON-like vendor content type', body: { text }, headers: { 'content-type': 'application/json-patch+json' }, status: 415, message: /^Content-Type must be application\/json/ },
  { name: 'gzip encoding of bytes that are not gzip', body: '{"text":"x"}', headers: { 'content-encoding': 'gzip' }, status: 400, message: /^request body could not be decompressed as its Content-Encoding says/ },
  { name: 'unsupported content encoding', body: '{"text":"x"}', headers: { 'content-encoding': 'compress' }, status: 415, message: 'unsupported content encoding "compress": use identity, gzip, deflate or br' },
  // query parameters
  { name: 'unknown query parameter', method: 'GET', path: '/api/statements?orderBy=1;DROP', key: 'reader', status: 400, message: `orderBy: ${UNKNOWN}` },
  { name: 'bracketed query parameter (q[$ne]=)', method: 'GET', path: '/api/envoys?q[$ne]=x', key: 'reader', status: 400, message: `q[$ne]: ${UNKNOWN}` },
  { name: 'NUL in a search query', method: 'GET', path: '/api/envoys?q=a%00b', key: 'reader', status: 400, message: `q: ${NUL}` },
  { name: 'NUL in a city filter', method: 'GET', path: '/api/visits?city=Kabul%00', key: 'reader', status: 400, message: `city: ${NUL}` },
  { name: 'NUL in a speaker filter', method: 'GET', path: '/api/statements?speaker=%00', key: 'reader', status: 400, message: `speaker: ${NUL}` },
  { name: 'negative limit', method: 'GET', path: '/api/envoys?limit=-1', key: 'reader', status: 400, message: 'limit: at least 1' },
  { name: 'zero limit', method: 'GET', path: '/api/statements?limit=0', key: 'reader', status: 400, message: 'limit: at least 1' },
  { name: 'absurd limit', method: 'GET', path: '/api/visits?limit=1000000', key: 'reader', status: 400, message: 'limit: at most 200' },
  { name: 'limit beyond a safe integer', method: 'GET', path: '/api/visits?limit=99999999999999999999999', key: 'reader', status: 400, message: 'limit: a whole number' },
  { name: 'fractional limit', method: 'GET', path: '/api/peace-processes?limit=2.5', key: 'reader', status: 400, message: 'limit: a whole number' },
  { name: 'non-numeric limit', method: 'GET', path: '/api/projections/dead-letters?limit=ten', key: 'reader', status: 400, message: 'limit: a number' },
  { name: 'Infinity limit', method: 'GET', path: '/api/envoys?limit=Infinity', key: 'reader', status: 400, message: 'limit: a number' },
  { name: 'limit given twice', method: 'GET', path: '/api/envoys?limit=1&limit=2', key: 'reader', status: 400, message: 'limit: a number' },
  { name: 'replay list limit over its maximum', method: 'GET', path: '/api/admin/replays?limit=101', key: 'admin', status: 400, message: 'limit: at most 100' },
  { name: 'track timeline limit over its maximum', method: 'GET', path: '/api/peace-processes/us_taliban?limit=1001', key: 'reader', status: 400, message: 'limit: at most 1000' },
  { name: 'cursor that is not base64 JSON', method: 'GET', path: "/api/statements?cursor=' OR 1=1 --", key: 'reader', status: 400, message: 'cursor: not a cursor this endpoint gave out' },
  { name: 'cursor of the wrong shape', method: 'GET', path: `/api/envoys?cursor=${b64({ id: { $gt: '' } })}`, key: 'reader', status: 400, message: 'cursor: not a cursor this endpoint gave out' },
  { name: 'cursor with a number in the key', method: 'GET', path: `/api/visits?cursor=${b64([1, 2, 3, 4])}`, key: 'reader', status: 400, message: 'cursor: not a cursor this endpoint gave out' },
  { name: 'cursor over 512 characters', method: 'GET', path: `/api/peace-processes?cursor=${'A'.repeat(600)}`, key: 'reader', status: 400, message: 'cursor: at most 512 characters' },
  { name: 'dead-letter "before" beyond a bigint', method: 'GET', path: '/api/projections/dead-letters?before=99999999999999999999999', key: 'reader', status: 400, message: 'before: a dead-letter id' },
  { name: 'replay "before" negative', method: 'GET', path: '/api/admin/replays?before=-5', key: 'admin', status: 400, message: 'before: a replay id' },
  { name: 'replay "before" beyond an int4 id', method: 'GET', path: '/api/admin/replays?before=3000000000', key: 'admin', status: 400, message: 'before: a replay id' },
  { name: 'stream lastEventId of 19 digits', method: 'GET', path: '/api/stream?lastEventId=9999999999999999999', key: 'reader', status: 400, message: 'lastEventId: an event id this stream gave out' },
  { name: 'stream Last-Event-ID header with SQL', method: 'GET', path: '/api/stream', key: 'reader', headers: { 'last-event-id': "1 OR 1=1" }, status: 400, message: 'Last-Event-ID: an event id this stream gave out' },
  { name: 'date range reversed', method: 'GET', path: '/api/visits?from=2021-01-02&to=2021-01-01', key: 'reader', status: 400, message: 'from: from must not be after to' },
  // path parameters
  { name: 'path traversal in an envoy id', method: 'GET', path: '/api/envoys/..%2F..%2Fetc%2Fpasswd', key: 'reader', status: 400, message: 'id: an envoy id such as zalmay-khalilzad' },
  { name: 'NUL byte in an envoy id', method: 'GET', path: '/api/envoys/zalmay%00khalilzad/itinerary', key: 'reader', status: 400, message: 'id: an envoy id such as zalmay-khalilzad' },
  { name: 'NUL byte in a track', method: 'GET', path: '/api/peace-processes/us_taliban%00', key: 'reader', status: 400, message: /^track: a track name in snake_case/ },
  { name: 'path traversal in an article id (extraction)', method: 'GET', path: '/api/articles/..%2F..%2Fapi%2Fadmin/extraction', key: 'reader', status: 400, message: /^id: an id of 1-128 letters/ },
  { name: 'SQL in a replay id', method: 'GET', path: "/api/admin/replays/1'%20OR%20'1'='1", key: 'admin', status: 400, message: 'id: a number' },
  { name: 'negative replay id', method: 'POST', path: '/api/admin/replays/-1/cancel', key: 'admin', status: 400, message: 'id: a replay id' },
  { name: 'path traversal in a dead-letter id', method: 'POST', path: '/api/projections/dead-letters/..%2F..%2F1/redrive', key: 'admin', status: 400, message: 'the dead-letter id is a number' },
  { name: 'invalid percent-encoding in an id', method: 'GET', path: '/api/envoys/%E0%A4%A', key: 'reader', status: 400, message: 'the request path is not valid percent-encoding (/api/envoys/%E0%A4%A)' },
  { name: 'encoded dot segments outside the API', method: 'GET', path: '/%2e%2e/%2e%2e/etc/passwd', key: 'none', status: 404, message: 'Cannot GET /etc/passwd' },
  { name: 'encoded traversal from the dashboard assets', method: 'GET', path: '/assets/..%2f..%2fpackage.json', key: 'none', status: 404, message: 'Cannot GET /assets/..%2f..%2fpackage.json' },
  // keys
  { name: 'key in the query string instead of a header', method: 'GET', path: '/api/envoys?api_key=KEY', key: 'none', status: 401, message: NEEDS_KEY },
  { name: 'Basic authorization instead of a key', method: 'GET', path: '/api/envoys', key: 'none', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, status: 401, message: NEEDS_KEY },
  { name: 'empty Bearer token', method: 'GET', path: '/api/envoys', key: 'none', headers: { authorization: 'Bearer ' }, status: 401, message: NEEDS_KEY },
  { name: 'a real key id with a forged secret', method: 'GET', path: '/api/envoys', key: 'wrong-secret', status: 401, message: NOT_VALID },
  { name: 'a 4,000-character key', method: 'GET', path: '/api/envoys', key: 'huge', status: 401, message: NOT_VALID },
  { name: 'two keys in one header', method: 'GET', path: '/api/envoys', key: 'two', status: 401, message: NOT_VALID },
  { name: 'revoked admin key on an admin route', method: 'GET', path: '/api/admin/replays', key: 'revoked', status: 401, message: NOT_VALID },
  { name: 'expired admin key on an admin route', method: 'POST', path: '/api/admin/replays', key: 'expired', body: { switch: false }, status: 401, message: NOT_VALID },
  { name: 'reader key listing replays', method: 'GET', path: '/api/admin/replays', key: 'reader', status: 403, message: 'this route needs the admin role; the key has the reader role' },
  { name: 'reader key requesting a replay', method: 'POST', path: '/api/admin/replays', key: 'reader', body: { switch: true }, status: 403, message: 'this route needs the admin role; the key has the reader role' },
  { name: 'publisher key cancelling a replay', method: 'POST', path: '/api/admin/replays/1/cancel', key: 'publisher', status: 403, message: 'this route needs the admin role; the key has the publisher role' },
  { name: 'reader key re-driving a dead letter', method: 'POST', path: '/api/projections/dead-letters/1/redrive', key: 'reader', status: 403, message: 'this route needs the admin role; the key has the reader role' },
  { name: 'reader key retracting an article', method: 'DELETE', path: '/api/articles/hostile-any', key: 'reader', body: { reason: 'x' }, status: 403, message: 'this route needs the publisher role; the key has the reader role' },
  // methods
  { name: 'PATCH on an article', method: 'PATCH', path: '/api/articles/hostile-any', body: { title: 'x' }, status: 405, message: 'PATCH is not a method of /api/articles/hostile-any; it accepts GET, PUT, DELETE, HEAD' },
  { name: 'OPTIONS without CORS origins configured', method: 'OPTIONS', path: '/api/envoys', key: 'reader', status: 405, message: 'OPTIONS is not a method of /api/envoys; it accepts GET, HEAD' },
  { name: 'PATCH on a path the API does not have', method: 'PATCH', path: '/api/nowhere', body: { title: 'x' }, status: 404, message: 'Cannot PATCH /api/nowhere' },
  { name: 'HEAD without a key', method: 'HEAD', path: '/api/envoys', key: 'none', status: 401, message: null },
  { name: 'HEAD with a reader key on an admin route', method: 'HEAD', path: '/api/admin/replays', key: 'reader', status: 403, message: null },
  // sizes the HTTP parser refuses
  { name: 'a 100 kB query string', method: 'GET', path: `/api/envoys?q=${'a'.repeat(100_000)}`, key: 'reader', status: 414, message: /^the request URL is too long/ },
  { name: 'a 20 kB header', method: 'GET', path: '/api/envoys', key: 'reader', headers: { 'x-filler': 'a'.repeat(20_000) }, status: 431, message: /^the request headers are too large/ },
];

describe('security: hostile requests', () => {
  const fixture = useGateway();
  const startedAt = new Date();
  const keys = {} as Record<KeyName, string | undefined>;
  const injected = { id: `hostile-xss-${randomUUID()}`, text: `<script>alert("x")</script> ${text} <img src=x onerror=alert(1)>`, title: '</title><script>alert(1)</script>', outlet: '"><svg onload=alert(1)>' };

  beforeAll(async () => {
    const repository = new ApiKeyRepository(fixture.prisma);
    const revoked = await repository.create(`hostile revoked ${randomUUID()}`, 'admin');
    await repository.revoke(revoked.key.id);
    const expired = await repository.create(`hostile expired ${randomUUID()}`, 'admin', new Date(Date.now() - 1000));
    const { reader } = fixture.keys;
    Object.assign(keys, fixture.keys, {
      none: undefined,
      revoked: revoked.secret,
      expired: expired.secret,
      'wrong-secret': reader.slice(0, -4) + (reader.endsWith('AAAA') ? 'BBBB' : 'AAAA'),
      huge: `nk_${'a'.repeat(4000)}`,
      two: `${reader}, ${fixture.keys.admin}`,
    });
  });

  it('covers at least 40 hostile requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name: $status', async ({ method = 'POST', path = '/api/articles', key = 'publisher', body, headers, status, message }) => {
    const response = await callApi(fixture.gateway.url, method, path.replace('KEY', fixture.keys.reader), { key: keys[key], body, headers });
    if (message === null) {
      expect(response.status).toBe(status);
      return;
    }
    expect({ status: response.status, message: response.body.message }).toEqual({
      status,
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });
    expect(response.body).toMatchObject({ statusCode: status, error: expect.any(String) });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses TRACE without a 5xx and without echoing the request (and its key) back', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${fixture.gateway.url}/api/envoys`, { method: 'TRACE', headers: { 'x-api-key': fixture.keys.reader } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(405);
    expect(answer.body).not.toContain(fixture.keys.reader);
  });

  it('answers SQL-like text in every query parameter of every read route of the OpenAPI document with 400 naming it, or 200; never a 5xx', async () => {
    const document = (await callApi(fixture.gateway.url, 'GET', '/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
    };
    const payloads = ["' OR '1'='1' --", '1; DROP TABLE visits; --', "x') UNION SELECT secret_hash FROM api_keys --", '%27%20OR%201%3D1'];
    const answers: string[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      const query = (item.get?.parameters ?? []).filter((p) => p.in === 'query');
      const path = template.replace(/\{[^}]+\}/g, '999999');
      for (const param of query) {
        for (const payload of payloads) {
          const abort = new AbortController();
          const response = await fetch(`${fixture.gateway.url}${path}?${param.name}=${encodeURIComponent(payload)}`, { headers: { 'x-api-key': fixture.keys.admin }, signal: abort.signal });
          const streaming = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
          const body = streaming ? undefined : ((await response.json()) as { message?: string });
          abort.abort();
          const named = new RegExp(`^${param.name}(\\.\\d+)?: `).test(body?.message ?? ''); // kinds.0: the first of a list
          const ok = (response.status === 400 && named) || response.status === 200 || (response.status === 404 && path.includes('999999'));
          if (!ok) answers.push(`${path}?${param.name}=${payload}: ${response.status} ${body?.message}`);
          answers.push('checked');
        }
      }
    }
    expect(answers.filter((a) => a !== 'checked')).toEqual([]);
    // /api/envoys, /api/visits, /api/statements, /api/peace-processes (+ a track), dead letters, replays, the stream, itineraries
    expect(answers.length).toBeGreaterThanOrEqual(25 * payloads.length);
    const tables = await fixture.prisma.$queryRaw<Array<{ t: string | null }>>`SELECT to_regclass('public.visits')::text AS t UNION ALL SELECT to_regclass('public.api_keys')::text`;
    expect(tables.map((r) => r.t)).toEqual(['visits', 'api_keys']);
  });

  it('accepts HTML and script in text and metadata as data (202), and returns them JSON-escaped as JSON, never as a page', async () => {
    const accepted = await callApi(fixture.gateway.url, 'POST', '/api/articles', { key: fixture.keys.publisher, body: injected });
    expect(accepted.status).toBe(202);
    const response = await fetch(`${fixture.gateway.url}/api/articles/${injected.id}`, { headers: { 'x-api-key': fixture.keys.reader } });
    const raw = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    // the markup comes back as the same strings, inside JSON (quotes escaped), never interpreted
    expect(JSON.parse(raw)).toMatchObject({ title: injected.title, outlet: injected.outlet, text: injected.text });
    expect(raw).toContain(JSON.stringify(injected.outlet));
  });

  it('serves the dashboard, where such data is shown, under a strict Content-Security-Policy: own origin only, no inline script', async () => {
    const page = await fetch(`${fixture.gateway.url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(page.status).toBe(200);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'object-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'self'" });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('wrote to the topic and the database only the article it accepted', async () => {
    const messages = await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC);
    expect(messages.map((m) => [m.key, m.event.type])).toEqual([[injected.id, 'ArticleSubmitted']]);
    const records = await fixture.prisma.ingestRecord.findMany({ where: { createdAt: { gte: startedAt } }, select: { articleId: true } });
    // other test files of the run may write at the same time, but none with these markers
    const ours = records.filter((r) => r.articleId === injected.id || r.articleId.startsWith('hostile-') || r.articleId.startsWith('txt-'));
    expect(ours.map((r) => r.articleId)).toEqual([injected.id]);
    expect(await fixture.prisma.replay.count({ where: { topic: fixture.config.ARTICLES_TOPIC } })).toBe(0);
  });
});
