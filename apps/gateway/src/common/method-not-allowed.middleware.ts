// A request to a route of the API with a method the route does not have gets 405 and the methods it has (Allow),
// instead of the router's 404, which would say that the resource does not exist. The routes and their methods
// come from the OpenAPI document, which the controllers themselves declare.
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
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

export function methodNotAllowed(document: Pick<OpenAPIObject, 'paths'>) {
  const allowed = allowedMethods(document);
  return (request: Request, response: Response, next: NextFunction): void => {
    const methods = allowed(request.path);
    if (!methods.length || methods.includes(request.method)) return next();
    const body: ApiError = {
      statusCode: 405,
      error: 'Method Not Allowed',
      message: `${request.method} is not a method of ${request.path}; it accepts ${methods.join(', ')}`,
    };
    const requestId = request.headers['x-request-id'];
    if (typeof requestId === 'string') body.requestId = requestId;
    response.status(405).set('Allow', methods.join(', ')).json(body);
  };
}
