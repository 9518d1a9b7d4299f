import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@newsroom/config';
import { createGateway } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createGateway(config);
  await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
  new Logger('Gateway').log(`listening on http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT} (API docs at /api/docs)`);
}

main().catch((error) => {
  process.stderr.write(`gateway failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
