import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { GatewayMetrics } from './gateway-metrics';

/**
 * One structured log line and one metric sample per answered request: request id, method, route pattern, status,
 * time and the key's id (never its secret; never the query string, which a careless client might fill with one).
 */
@Injectable()
export class RequestLogMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Http');

  constructor(private readonly metrics: GatewayMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The pattern, not the path: ids in paths would give every article a time series of its own.
      const route = (req.route as { path?: string } | undefined)?.path ?? (res.statusCode === 404 ? 'unmatched' : req.baseUrl || 'middleware');
      const labels = { method: req.method, route, status: String(res.statusCode) };
      this.metrics.requests.inc(labels);
      this.metrics.requestSeconds.observe(labels, seconds);
      const fields = {
        requestId: req.headers['x-request-id'],
        method: req.method,
        route,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(seconds * 10_000) / 10,
        keyId: (req as AuthenticatedRequest).apiKey?.id,
      };
      if (res.statusCode >= 500) this.logger.error('request failed', fields);
      else this.logger.log('request', fields);
    });
    next();
  }
}
