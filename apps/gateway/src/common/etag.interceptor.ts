import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { map, type Observable } from 'rxjs';

const SSE_METADATA = '__sse__'; // what @Sse() sets on its handler (@nestjs/common/constants)

/**
 * Read endpoints answer with a strong ETag of their JSON body; a client sending it back in If-None-Match gets
 * 304 with no body. Bodies are already serialised once by Express, so this hashes that same JSON.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // server-sent event streams are not one body
    if (Reflect.getMetadata(SSE_METADATA, context.getHandler())) return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        if (request.method !== 'GET' || body === undefined || response.headersSent) return body;
        const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
        response.setHeader('ETag', etag);
        response.setHeader('Cache-Control', 'private, no-cache');
        const presented = request.headers['if-none-match'];
        if (presented && presented.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) {
          response.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}
