import { BadRequestException, createParamDecorator, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { articleIdSchema } from '@newsroom/events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import type { RequestContext } from '../articles/submit-article/submit-article.command';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Who is asking and how to trace it: producer name, scoped Idempotency-Key, request id. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const key = request.apiKey!;
  const idempotencyKey = request.headers['idempotency-key'];
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey))) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Idempotency-Key: 1-200 visible ASCII characters',
      details: [{ field: 'Idempotency-Key', problem: '1-200 visible ASCII characters' }],
    });
  }
  return {
    producer: `gateway:${key.name}`,
    idempotencyKey: idempotencyKey ? `${key.id}:${idempotencyKey}` : undefined,
    requestId: typeof request.headers['x-request-id'] === 'string' ? request.headers['x-request-id'] : undefined,
  };
});

/** Validates an article id in the path, naming the parameter in the error. */
export class ArticleIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const result = articleIdSchema.safeParse(value);
    if (result.success) return result.data;
    const problem = result.error.issues[0].message;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `id: ${problem}`, details: [{ field: 'id', problem }] });
  }
}

/** A request and the reply it will get, for a route that sets headers on its answer (CachedReads). */
export interface HttpExchange {
  request: FastifyRequest;
  reply: FastifyReply;
}

/** The request and its reply; unlike @Res(), Nest still sends what the route returns. */
export const Exchange = createParamDecorator(
  (_: unknown, context: ExecutionContext): HttpExchange => ({ request: context.switchToHttp().getRequest(), reply: context.switchToHttp().getResponse() }),
);
