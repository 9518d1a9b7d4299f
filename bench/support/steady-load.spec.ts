import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { steadyLoad } from './steady-load';

describe('steadyLoad', () => {
  let server: http.Server;
  let base: string;
  const seen: string[] = [];
  const posted: string[] = [];
  let delayMs = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.url!);
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk));
        req.on('end', () => {
          posted.push(`${req.headers['content-type']} ${body}`);
          res.statusCode = 202;
          res.end();
        });
        return;
      }
      setTimeout(() => res.end(req.url === '/missing' ? (res.statusCode = 404, 'no') : 'ok'), delayMs);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends rate x seconds requests, the paths in turn, at the rate asked', async () => {
    seen.length = 0;
    const started = performance.now();
    const figures = await steadyLoad(base, ['/a', '/b'], {}, { rate: 200, seconds: 1 });
    const elapsed = performance.now() - started;
    expect(figures).toMatchObject({ requests: 200, errors: 0 });
    // in turn (over several connections, so they may arrive in another order)
    expect([seen.filter((p) => p === '/a').length, seen.filter((p) => p === '/b').length]).toEqual([100, 100]);
    expect(elapsed).toBeGreaterThan(950);
    expect(elapsed).toBeLessThan(2000);
  });

  it('counts latency from when a request was due, so a queue shows (one connection, answers slower than the rate)', async () => {
    delayMs = 20;
    const figures = await steadyLoad(base, ['/slow'], {}, { rate: 100, seconds: 0.5, connections: 1 });
    delayMs = 0;
    // 50 requests due every 10 ms, served one at a time in 20 ms each: the last waits about 500 ms
    expect(figures.requests).toBe(50);
    expect(figures.p99).toBeGreaterThan(400);
  });

  it('counts answers other than 2xx and 304 as errors', async () => {
    const figures = await steadyLoad(base, ['/missing', '/a'], {}, { rate: 100, seconds: 0.2 });
    expect(figures).toMatchObject({ requests: 10, errors: 10 });
  });

  it('posts the n-th request a factory makes, its body as JSON, and counts 202 as answered', async () => {
    posted.length = 0;
    const figures = await steadyLoad(base, (n) => ({ path: '/articles', method: 'POST', body: JSON.stringify({ n }) }), {}, { rate: 100, seconds: 0.3 });
    expect(figures).toMatchObject({ requests: 30, errors: 0 });
    expect(posted.sort()).toEqual(Array.from({ length: 30 }, (_, n) => `application/json {"n":${n}}`).sort());
  });
});
