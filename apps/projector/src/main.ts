import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@newsroom/config';
import { createAppLogger, NestPinoLogger } from '@newsroom/observability';
import { createProjector } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createProjector(config, new NestPinoLogger(createAppLogger('projector', config.LOG_LEVEL)));
  await app.listen(config.PROJECTOR_HEALTH_PORT, config.PROJECTOR_HEALTH_HOST);
  new Logger('Projector').log(`consuming ${config.ARTICLES_TOPIC}; health on http://${config.PROJECTOR_HEALTH_HOST}:${config.PROJECTOR_HEALTH_PORT}/health`);
}

main().catch((error) => {
  process.stderr.write(`projector failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
