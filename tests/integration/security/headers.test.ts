// Security headers (helmet) on API, error and dashboard answers, and CORS limited to CORS_ORIGINS. Rate limits per
// key (one key throttled while another is served) are tested in tests/integration/ingest/api-keys.test.ts.
import { ensureDashboardBuilt } from '../../support/dashboard-bundle';
import { callApi, useGateway } from '../../support/ingest';

const ALLOWED = 'https://desk.newsroom.example';
const OTHER = 'https://evil.example';

/** What helmet sets on every answer, and what must never be there. */
function expectSecurityHeaders(headers: Headers): void {
  expect({
    'x-content-type-options': headers.get('x-content-type-options'),
    'x-frame-options': headers.get('x-frame-options'),
    'strict-transport-security': headers.get('strict-transport-security'),
    'referrer-policy': headers.get('referrer-policy'),
    'cross-origin-opener-policy': headers.get('cross-origin-opener-policy'),
    'cross-origin-resource-policy': headers.get('cross-origin-resource-policy'),
    'x-permitted-cross-domain-policies': headers.get('x-permitted-cross-domain-policies'),
    'x-powered-by': headers.get('x-powered-by'),
  }).toEqual({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'strict-transport-security': expect.stringMatching(/^max-age=\d{7,}/),
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-permitted-cross-domain-policies': 'none',
    'x-powered-by': null,
  });
  expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
}

const csp = (headers: Headers) =>
  Object.fromEntries((headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

describe('security: headers', () => {
  beforeAll(() => void ensureDashboardBuilt()); // served only when built (npm test builds it first)
  const fixture = useGateway();
  const get = (path: string, key?: string, headers?: Record<string, string>) => callApi(fixture.gateway.url, 'GET', path, { key, headers });

  it('sets the security headers on API answers, errors, health and the API documentation', async () => {
    const answers = await Promise.all([
      get('/api/envoys', fixture.keys.reader),
      get('/api/envoys'), // 401
      get('/api/envoys/..%2Fetc', fixture.keys.reader), // 400
      get('/api/admin/replays', fixture.keys.reader), // 403
      get('/api/nothing-here', fixture.keys.reader), // 404
      get('/health'),
      get('/api/docs/openapi.json'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 401, 400, 403, 404, 200, 200]);
    for (const answer of answers) {
      expectSecurityHeaders(answer.headers);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    }
    // an API answer is data: a browser may not render or frame it
    expect(csp(answers[0].headers)).toMatchObject({ 'default-src': "'self'", 'object-src': "'none'", 'frame-ancestors': "'self'" });
  });

  it('sets them on the dashboard page and its assets, with the dashboard its own strict Content-Security-Policy', async () => {
    const page = await fetch(`${fixture.gateway.url}/`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expectSecurityHeaders(page.headers);
    expect(csp(page.headers)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'self'",
    });
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${fixture.gateway.url}${script!.startsWith('/') ? '' : '/'}${script}`);
    expect(asset.status).toBe(200);
    expectSecurityHeaders(asset.headers);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends the error shape and nosniff even on what the HTTP parser refuses (a huge request line)', async () => {
    const answer = await get(`/api/envoys?q=${'x'.repeat(40_000)}`, fixture.keys.reader);
    expect([answer.status, answer.headers.get('x-content-type-options'), answer.body.statusCode]).toEqual([414, 'nosniff', 414]);
  });

  it('allows no cross-origin caller when CORS_ORIGINS is empty', async () => {
    const simple = await get('/api/envoys', fixture.keys.reader, { origin: ALLOWED });
    const preflight = await fetch(`${fixture.gateway.url}/api/envoys`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'GET' } });
    expect(simple.status).toBe(200);
    expect([simple.headers.get('access-control-allow-origin'), preflight.headers.get('access-control-allow-origin')]).toEqual([null, null]);
  });

  describe(`with CORS_ORIGINS=${ALLOWED}`, () => {
    const cors = useGateway({ CORS_ORIGINS: ALLOWED });

    it('answers a configured origin with Access-Control-Allow-Origin naming it (never *, never credentials)', async () => {
      const answer = await callApi(cors.gateway.url, 'GET', '/api/envoys', { key: cors.keys.reader, headers: { origin: ALLOWED } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(answer.headers.get('vary')).toMatch(/origin/i);
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expectSecurityHeaders(answer.headers);
    });

    it('lets a configured origin preflight a POST with X-API-Key', async () => {
      const preflight = await fetch(`${cors.gateway.url}/api/articles`, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key,content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    });

    it('gives any other origin no Access-Control-Allow-Origin, on a request or a preflight', async () => {
      const answer = await callApi(cors.gateway.url, 'GET', '/api/envoys', { key: cors.keys.reader, headers: { origin: OTHER } });
      const preflight = await fetch(`${cors.gateway.url}/api/articles`, {
        method: 'OPTIONS',
        headers: { origin: OTHER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key,content-type' },
      });
      const lookalike = await callApi(cors.gateway.url, 'GET', '/api/envoys', { key: cors.keys.reader, headers: { origin: `${ALLOWED}.evil.example` } });
      const nullOrigin = await callApi(cors.gateway.url, 'GET', '/api/envoys', { key: cors.keys.reader, headers: { origin: 'null' } });
      expect([answer, preflight, lookalike, nullOrigin].map((a) => a.headers.get('access-control-allow-origin'))).toEqual([null, null, null, null]);
    });
  });
});
