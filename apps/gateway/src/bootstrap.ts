import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@newsroom/config';
import { createAppLogger, NestPinoLogger } from '@newsroom/observability';
import { applyHttpSetup } from './common/http-setup';
import { requestId } from './common/request-id.middleware';
import { HttpDrain } from './common/http-drain';
import { GatewayHttpAdapter } from './common/read-answer';
import { methodNotAllowed } from './common/method-not-allowed.middleware';
import { serveDashboard } from './dashboard/serve-dashboard';
import { GatewayModule } from './gateway.module';
import { serveOpenApi } from './openapi';

/** Builds the gateway app (used by main.ts and by the tests, so both run the same setup). */
export async function createGateway(config: AppConfig, options: { logger?: false | undefined } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(GatewayModule.forRoot(config), new GatewayHttpAdapter(), {
    bodyParser: false,
    logger: options.logger === false ? false : new NestPinoLogger(createAppLogger('gateway', config.LOG_LEVEL)),
    abortOnError: false,
  });
  app.use(app.get(HttpDrain).middleware);
  app.use(requestId);
  applyHttpSetup(app, config);
  serveDashboard(app);
  app.enableShutdownHooks();
  // Registered before init, so it runs before the routes: a known path with another method is a 405, not a 404.
  app.use(methodNotAllowed(serveOpenApi(app)));
  return app;
}
