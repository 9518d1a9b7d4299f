import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@newsroom/config';
import { createAppLogger, NestPinoLogger } from '@newsroom/observability';
import type { FastifyInstance } from 'fastify';
import { applyHttpSetup, fastifyOptions } from './common/http-setup';
import { HttpDrain } from './common/http-drain';
import { methodNotAllowed } from './common/method-not-allowed';
import { GatewayHttpAdapter } from './common/read-answer';
import { requestId } from './common/request-id.hook';
import { serveDashboard } from './dashboard/serve-dashboard';
import { GatewayModule } from './gateway.module';
import { RequestLog } from './metrics/request-log.hook';
import { serveOpenApi } from './openapi';

/** Builds the gateway app (used by main.ts and by the tests, so both run the same setup). */
export async function createGateway(config: AppConfig, options: { logger?: false | undefined } = {}): Promise<NestFastifyApplication> {
  const adapter = new GatewayHttpAdapter(fastifyOptions(config));
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
    bodyParser: false,
    logger: options.logger === false ? false : new NestPinoLogger(createAppLogger('gateway', config.LOG_LEVEL)),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRequest', app.get(HttpDrain).hook);
  fastify.addHook('onRequest', requestId);
  fastify.addHook('onResponse', app.get(RequestLog).hook);
  applyHttpSetup(app, config);
  serveDashboard(app);
  app.enableShutdownHooks();
  // a known path with another method is a 405, not a 404
  adapter.unrouted = methodNotAllowed(serveOpenApi(app));
  return app;
}
