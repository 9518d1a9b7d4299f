import { Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { pathOf } from '../common/method-not-allowed';
import { GatewayMetrics } from './gateway-metrics';

/**
 * One structured log line and one metric sample per answered request: request id, method, route pattern, status,
 * time and the key's id (never its secret; never the query string, which a careless client might fill with one).
 * An onResponse hook (bootstrap.ts adds it).
 */
@Injectable()
export class RequestLog {
  private readonly logger = new Logger('Http');

  constructor(private readonly metrics: GatewayMetrics) {}

  readonly hook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const seconds = reply.elapsedTime / 1000;
    const { statusCode } = reply;
    // The pattern, not the path: ids in paths would give every article a time series of its own.
    const route = (!request.is404 && request.routeOptions.url) || 'unmatched';
    const labels = { method: request.method, route, status: String(statusCode) };
    this.metrics.requests.inc(labels);
    this.metrics.requestSeconds.observe(labels, seconds);
    const fields = {
      requestId: request.headers['x-request-id'],
      method: request.method,
      route,
      path: pathOf(request),
      status: statusCode,
      ms: Math.round(seconds * 10_000) / 10,
      keyId: (request as AuthenticatedRequest).apiKey?.id,
    };
    if (statusCode >= 500) this.logger.error('request failed', fields);
    else this.logger.log('request', fields);
    done();
  };
}
