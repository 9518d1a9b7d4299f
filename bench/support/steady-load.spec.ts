import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { steadyLoad } from './steady-load';

describe('steadyLoad', () => {
  let server: http.Server;
  let base: string;
  const seen: string[] = [];
  let delayMs = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.url!);
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

  it('counts answers other than 200 and 304 as errors', async () => {
    const figures = await steadyLoad(base, ['/missing', '/a'], {}, { rate: 100, seconds: 0.2 });
    expect(figures).toMatchObject({ requests: 10, errors: 10 });
  });
});
