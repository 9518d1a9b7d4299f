import { StreamableFile } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { ServerResponse } from 'node:http';
import { JsonText } from './json-text';

/** An answer to a read, serialised once: its text and strong ETag. */
export class ReadAnswer {
  constructor(
    readonly text: string,
    readonly etag: string,
  ) {}
}

/**
 * A body as one text with its ETag, setting its JSON content type: JsonText as it is, a string as the route typed it
 * (CSV, Prometheus text), any other object as JSON. Undefined for what is not one text (a stream, a file, a buffer, nothing).
 */
export function readAnswerOf(body: unknown, response: AnswerHeaders): ReadAnswer | undefined {
  if (body instanceof ReadAnswer) return body;
  let text: string;
  if (typeof body === 'string') text = body;
  else if (body instanceof JsonText) {
    text = body.text;
    response.header('Content-Type', 'application/json; charset=utf-8');
  } else if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && !(body instanceof StreamableFile) && typeof (body as { pipe?: unknown }).pipe !== 'function') {
    text = JSON.stringify(body);
    if (!response.getHeader('content-type')) response.header('Content-Type', 'application/json; charset=utf-8');
  } else return undefined;
  return new ReadAnswer(text, `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`);
}

/** The part of a reply that readAnswerOf reads and sets: its headers. */
export type AnswerHeaders = Pick<FastifyReply, 'header' | 'getHeader'>;

/**
 * Fastify as Nest drives it, with every successful GET (and HEAD) answered by its text and a strong ETag of it, and
 * 304 with no body to a client presenting that ETag in If-None-Match. Done here, where Nest hands over a route's
 * result, rather than by an interceptor on each read route: Nest's interceptor chain (rxjs observables and async
 * resources per request) cost 0.1-0.25 ms of CPU per read, 15-25% of the gateway's CPU for an answer from the database.
 *
 * A request the router cannot place goes to `unrouted` first (bootstrap.ts: 405 for a known path with another
 * method), then to Nest's 404.
 */
export class GatewayHttpAdapter extends FastifyAdapter {
  unrouted?: (request: FastifyRequest, reply: FastifyReply) => boolean;

  override reply(response: FastifyReply | ServerResponse, body: unknown, statusCode?: number): FastifyReply {
    // Nest hands over Node's own response only for what it answers itself (server-sent events)
    if (!(response instanceof ServerResponse) && !response.sent) {
      const { method } = response.request;
      if ((method === 'GET' || method === 'HEAD') && (statusCode ?? response.statusCode) === 200) {
        const answer = readAnswerOf(body, response);
        if (answer) return send(response, answer);
      }
    }
    return super.reply(response, body, statusCode);
  }

  override setNotFoundHandler(handler: (request: FastifyRequest, reply: FastifyReply) => unknown) {
    return super.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => (this.unrouted?.(request, reply) ? undefined : handler(request, reply)));
  }
}

function send(reply: FastifyReply, { text, etag }: ReadAnswer): FastifyReply {
  reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
  const presented = reply.request.headers['if-none-match'];
  if (presented && presented.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) {
    return reply.code(304).send();
  }
  return reply.code(200).send(text);
}
