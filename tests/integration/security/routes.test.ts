// Roles on every route, read from the OpenAPI document the gateway serves: each operation declares the role it
// needs (`x-required-role`, written by the same @RequireRole/@Public decorator the guard reads), and this test calls
// every path and method of the document with no key, a forged key and a key of each role. Never a 5xx.
import { grants, type Role } from '@newsroom/auth';
import { readTopic, useGateway } from '../../support/ingest';

/** The document must list at least this many operations: a broken or empty document fails the test. */
const MIN_OPERATIONS = 20;
const ROLES: Role[] = ['reader', 'publisher', 'admin'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const FORGED_KEY = `nk_${'0'.repeat(32)}_${'A'.repeat(43)}`;
/** A valid-looking id for every path parameter (an article, envoy, track, replay or dead-letter id): nothing has it. */
const PATH_VALUE = '999999';

interface Operation {
  method: string;
  path: string;
  requiredRole: string | undefined;
  security: unknown;
  hasBody: boolean;
}

interface Answer {
  status: number;
  contentType: string;
  message?: string;
}

/** One call; a stream (text/event-stream) is closed once its status and headers are in. */
async function call(url: string, method: string, path: string, key: string | undefined, body?: string): Promise<Answer> {
  const abort = new AbortController();
  const headers: Record<string, string> = {};
  if (key) headers['x-api-key'] = key;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, { method, headers, body, signal: abort.signal });
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.startsWith('text/event-stream')) {
    abort.abort();
    return { status: response.status, contentType };
  }
  const text = await response.text();
  let message: string | undefined;
  try {
    message = (JSON.parse(text) as { message?: string }).message;
  } catch {
    // not JSON
  }
  return { status: response.status, contentType, message };
}

describe('security: roles on every route of the OpenAPI document', () => {
  const fixture = useGateway();
  let operations: Operation[] = [];

  beforeAll(async () => {
    const response = await fetch(`${fixture.gateway.url}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path: path.replace(/\{[^}]+\}/g, PATH_VALUE),
          requiredRole: op['x-required-role'] as string | undefined,
          security: op.security,
          hasBody: op.requestBody !== undefined,
        })),
    );
  });

  it(`finds at least ${MIN_OPERATIONS} operations, each declaring the role it needs, and a key requirement unless public`, () => {
    expect(operations.length).toBeGreaterThanOrEqual(MIN_OPERATIONS);
    const undeclared = operations.filter((op) => !['none', ...ROLES].includes(op.requiredRole ?? ''));
    expect(undeclared.map((op) => `${op.method} ${op.path}`)).toEqual([]);
    const keyless = operations.filter((op) => op.requiredRole !== 'none' && JSON.stringify(op.security) !== JSON.stringify([{ 'api-key': [] }]));
    expect(keyless.map((op) => `${op.method} ${op.path}`)).toEqual([]);
    // the only public operation is the health check; admin routes exist and are declared as such
    expect(operations.filter((op) => op.requiredRole === 'none').map((op) => op.path)).toEqual(['/health']);
    expect(operations.filter((op) => op.path.startsWith('/api/admin/')).every((op) => op.requiredRole === 'admin')).toBe(true);
  });

  it('answers every operation as its declared role says: 401 without a key or with a forged one, 403 to a lesser role, served otherwise; never a 5xx', async () => {
    const problems: string[] = [];
    let calls = 0;
    for (const op of operations) {
      // a body no route accepts (every body schema is strict): a granted caller gets 400 and nothing is written
      const body = op.hasBody ? JSON.stringify({ securityProbe: true }) : undefined;
      const callers: Array<[string, string | undefined]> = [['no key', undefined], ['forged key', FORGED_KEY], ...ROLES.map((r): [string, string] => [r, fixture.keys[r]])];
      for (const [caller, key] of callers) {
        const answer = await call(fixture.gateway.url, op.method, op.path, key, body);
        calls++;
        const where = `${op.method} ${op.path} (${op.requiredRole}) with ${caller}: ${answer.status} ${answer.message ?? ''}`;
        if (answer.status >= 500) problems.push(`${where}: a 5xx`);
        else if (op.requiredRole === 'none') {
          if (answer.status !== 200) problems.push(`${where}: expected 200`);
        } else if (key === undefined) {
          if (answer.status !== 401 || answer.message !== 'an API key is required (X-API-Key header)') problems.push(`${where}: expected 401`);
        } else if (key === FORGED_KEY) {
          if (answer.status !== 401 || answer.message !== 'the API key is not valid, expired or revoked') problems.push(`${where}: expected 401`);
        } else if (grants(caller as Role, op.requiredRole as Role)) {
          if (answer.status === 401 || answer.status === 403) problems.push(`${where}: expected the role to be granted`);
          if (op.hasBody && answer.status !== 400) problems.push(`${where}: expected 400 for the probe body`);
        } else if (answer.status !== 403 || answer.message !== `this route needs the ${op.requiredRole} role; the key has the ${caller} role`) {
          problems.push(`${where}: expected 403 naming both roles`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(MIN_OPERATIONS * 5);
  });

  it('answers every GET served 200 with a strong ETag of its body and 304 to it, and no other method with an ETag', async () => {
    const admin = { 'x-api-key': fixture.keys.admin };
    const problems: string[] = [];
    let reads = 0;
    for (const op of operations) {
      const body = op.hasBody ? JSON.stringify({ securityProbe: true }) : undefined;
      const headers = { ...admin, ...(body ? { 'content-type': 'application/json' } : {}) };
      const abort = new AbortController();
      const first = await fetch(`${fixture.gateway.url}${op.path}`, { method: op.method, headers, body, signal: abort.signal });
      const etag = first.headers.get('etag');
      if ((first.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
        abort.abort();
        if (etag) problems.push(`${op.method} ${op.path}: an event stream with an ETag`);
        continue;
      }
      const text = await first.text();
      if (op.method !== 'GET' || first.status !== 200) {
        if (etag) problems.push(`${op.method} ${op.path}: ${first.status} with an ETag`);
        continue;
      }
      reads++;
      if (!/^"[\w-]{27}"$/.test(etag ?? '') || first.headers.get('cache-control') !== 'private, no-cache') {
        problems.push(`${op.path}: ETag ${etag}, Cache-Control ${first.headers.get('cache-control')}`);
        continue;
      }
      const again = await fetch(`${fixture.gateway.url}${op.path}`, { headers: { ...admin, 'if-none-match': `W/"stale", ${etag}` } });
      const againText = await again.text();
      // /metrics counts the requests themselves: its text changes between two calls, so its ETag does too
      const expected = op.path === '/metrics' ? [200, 304] : [304];
      if (!expected.includes(again.status) || (again.status === 304 && againText !== '')) problems.push(`${op.path}: ${again.status} to its own ETag`);
      if (again.status === 200 && againText === text) problems.push(`${op.path}: the same body under another ETag`);
    }
    expect(problems).toEqual([]);
    // health, metrics and the lists of envoys, visits, statements, tracks, replays, projections and dead letters
    expect(reads).toBeGreaterThanOrEqual(8);
  });

  it('serves the API documentation itself without a key', async () => {
    const [page, json] = await Promise.all(['/api/docs', '/api/docs/openapi.json'].map((path) => call(fixture.gateway.url, 'GET', path, undefined)));
    expect([page.status, page.contentType]).toEqual([200, expect.stringMatching(/^text\/html/)]);
    expect([json.status, json.contentType]).toEqual([200, expect.stringMatching(/^application\/json/)]);
  });

  it('wrote nothing to the topic', async () => {
    expect(await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC)).toEqual([]);
  });
});
