import { HttpException, UnsupportedMediaTypeException, type INestApplication } from '@nestjs/common';
import type { AppConfig } from '@newsroom/config';
import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import { fieldErrorMap } from './api-error';

class InvalidUtf8Error extends Error {
  readonly status = 400;
  readonly type = 'entity.verify.failed';
}

/** Body limits, content types, security headers and CORS: everything that runs before a controller. */
export function applyHttpSetup(app: INestApplication, config: AppConfig): void {
  z.config({ customError: fieldErrorMap });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.use(helmet());
  app.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: false });
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method) && hasBody && !req.is('application/json')) {
      return next(new UnsupportedMediaTypeException(`Content-Type must be application/json (got ${req.headers['content-type'] ?? 'none'})`));
    }
    next();
  });
  const parseJson = express.json({
    limit: config.MAX_BODY_BYTES,
    strict: true,
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf)) {
        throw new InvalidUtf8Error('request body is not valid UTF-8');
      }
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => parseJson(req, res, (error?: unknown) => next(error && bodyError(error))));
}

/** body-parser errors carry a status and a type; they become answers a client can act on. */
function bodyError(error: unknown): unknown {
  const { status, type, message } = error as { status?: number; type?: string; message?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return error;
  switch (type) {
    case 'entity.parse.failed':
      return new HttpException(`malformed JSON: ${message}`, status);
    case 'entity.too.large':
      return new HttpException(`request body is larger than the limit`, status);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpException('request body must be UTF-8 JSON', status);
    default:
      return new HttpException(message ?? 'bad request', status);
  }
}
