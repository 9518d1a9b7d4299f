import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@newsroom/config';
import { createAppLogger, NestPinoLogger } from '@newsroom/observability';
import { ProjectorModule } from './projector.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create(ProjectorModule.forRoot(config), {
    abortOnError: false,
    logger: new NestPinoLogger(createAppLogger('projector', config.LOG_LEVEL)),
  });
  app.enableShutdownHooks();
  await app.listen(config.PROJECTOR_HEALTH_PORT, config.PROJECTOR_HEALTH_HOST);
  new Logger('Projector').log(`consuming ${config.ARTICLES_TOPIC}; health on http://${config.PROJECTOR_HEALTH_HOST}:${config.PROJECTOR_HEALTH_PORT}/health`);
}

main().catch((error) => {
  process.stderr.write(`projector failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
