import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@newsroom/config';
import { ProjectorModule } from './projector.module';

/** Builds the projector app, with its health and metrics port on Fastify (used by main.ts and by the tests). */
export async function createProjector(config: AppConfig, logger: LoggerService | LogLevel[]): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ProjectorModule.forRoot(config), new FastifyAdapter(), { logger, abortOnError: false });
  app.enableShutdownHooks();
  return app;
}
