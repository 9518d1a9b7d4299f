import { UnsupportedMediaTypeException, type INestApplication } from '@nestjs/common';
import type { AppConfig } from '@newsroom/config';
import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';

class InvalidUtf8Error extends Error {
  readonly status = 400;
  readonly type = 'entity.verify.failed';
}

/** Body limits, content types, security headers and CORS: everything that runs before a controller. */
export function applyHttpSetup(app: INestApplication, config: AppConfig): void {
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.use(helmet());
  app.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: false });
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !req.is('application/json')) {
      return next(new UnsupportedMediaTypeException(`Content-Type must be application/json (got ${req.headers['content-type'] ?? 'none'})`));
    }
    next();
  });
  app.use(
    express.json({
      limit: config.MAX_BODY_BYTES,
      strict: true,
      verify: (_req, _res, buf) => {
        if (!isUtf8(buf)) {
          throw new InvalidUtf8Error('request body is not valid UTF-8');
        }
      },
    }),
  );
}
