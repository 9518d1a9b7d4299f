import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { randomUUID } from 'node:crypto';

const VALID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Every request gets an id (the client's X-Request-Id when sane), echoed back and carried into Kafka headers. */
export function requestId(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = id;
  reply.raw.setHeader('X-Request-Id', id);
  done();
}
