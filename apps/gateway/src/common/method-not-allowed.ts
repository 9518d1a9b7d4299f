// A request to a route of the API with a method the route does not have gets 405 and the methods it has (Allow),
// instead of the router's 404, which would say that the resource does not exist. The routes and their methods
// come from the OpenAPI document, which the controllers themselves declare.
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from './api-error';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The methods the document gives a path, over every template it matches ({id} is one path segment); HEAD with GET. */
export function allowedMethods(document: Pick<OpenAPIObject, 'paths'>): (path: string) => string[] {
  const routes = Object.entries(document.paths).map(([template, item]) => {
    const methods = METHODS.filter((m) => m in item).map((m) => m.toUpperCase());
    if (methods.includes('GET') && !methods.includes('HEAD')) methods.push('HEAD');
    return { pattern: new RegExp(`^${template.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+')}/?$`), methods };
  });
  return (path) => [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))];
}

/** The path of a request, without its query string. */
export const pathOf = (request: Pick<FastifyRequest, 'url'>): string => request.url.split('?', 1)[0];

/** Answers 405 (and returns true) when the document has the path with other methods; returns false otherwise. */
export function methodNotAllowed(document: Pick<OpenAPIObject, 'paths'>) {
  const allowed = allowedMethods(document);
  return (request: Pick<FastifyRequest, 'method' | 'url' | 'headers'>, reply: Pick<FastifyReply, 'code'>): boolean => {
    const path = pathOf(request);
    const methods = allowed(path);
    if (!methods.length || methods.includes(request.method)) return false;
    const body: ApiError = {
      statusCode: 405,
      error: 'Method Not Allowed',
      message: `${request.method} is not a method of ${path}; it accepts ${methods.join(', ')}`,
    };
    const requestId = request.headers['x-request-id'];
    if (typeof requestId === 'string') body.requestId = requestId;
    void reply.code(405).header('Allow', methods.join(', ')).send(body);
    return true;
  };
}
