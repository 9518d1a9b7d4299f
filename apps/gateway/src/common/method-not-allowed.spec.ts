import type { FastifyReply } from 'fastify';
import { allowedMethods, methodNotAllowed } from './method-not-allowed';

const document = {
  paths: {
    '/api/articles': { post: {} },
    '/api/articles/batch': { post: {} },
    '/api/articles/{id}': { get: {}, put: {}, delete: {} },
    '/api/envoys/{id}/itinerary': { get: {} },
  },
} as never;

describe('405 for a method a route does not have', () => {
  const allowed = allowedMethods(document);

  it('lists the methods of every template a path matches, HEAD with GET', () => {
    expect(allowed('/api/articles/a-1')).toEqual(['GET', 'PUT', 'DELETE', 'HEAD']);
    expect(allowed('/api/articles/batch').sort()).toEqual(['DELETE', 'GET', 'HEAD', 'POST', 'PUT']);
    expect(allowed('/api/envoys/e.1/itinerary')).toEqual(['GET', 'HEAD']);
  });

  it('knows nothing of paths outside the document, nor of a parameter spanning segments', () => {
    expect(allowed('/health')).toEqual([]);
    expect(allowed('/api/articles/a/b')).toEqual([]);
    expect(allowed('/api/envoys/x/itinerary/extra')).toEqual([]);
  });

  const run = (method: string, path: string) => {
    const answer: { status?: number; headers: Record<string, string>; body?: unknown; next: boolean } = { headers: {}, next: false };
    const reply = {
      code: (code: number) => ((answer.status = code), reply),
      header: (name: string, value: string) => ((answer.headers[name] = value), reply),
      send: (body: unknown) => ((answer.body = body), reply),
    };
    answer.next = !methodNotAllowed(document)({ method, url: `${path}?x=1`, headers: { 'x-request-id': 'r-1' } }, reply as unknown as FastifyReply);
    return answer;
  };

  it('answers 405 with Allow and the API error shape for a known path and another method', () => {
    expect(run('PATCH', '/api/articles/a-1')).toEqual({
      status: 405,
      headers: { Allow: 'GET, PUT, DELETE, HEAD' },
      body: { statusCode: 405, error: 'Method Not Allowed', message: 'PATCH is not a method of /api/articles/a-1; it accepts GET, PUT, DELETE, HEAD', requestId: 'r-1' },
      next: false,
    });
  });

  it('passes on a method the route has, and a path the document does not know', () => {
    expect(run('GET', '/api/articles/a-1')).toEqual({ headers: {}, next: true });
    expect(run('HEAD', '/api/articles/a-1')).toMatchObject({ next: true });
    expect(run('PATCH', '/nowhere')).toEqual({ headers: {}, next: true });
  });
});
