// The projector Nest application in-process, for integration tests that do not need to kill a real process.
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@newsroom/config';
import { createProjector } from '../../apps/projector/src/bootstrap';

export async function startProjectorApp(config: AppConfig): Promise<INestApplication> {
  const app = await createProjector(config, ['error']);
  await app.listen(config.PROJECTOR_HEALTH_PORT, '127.0.0.1');
  return app;
}

/** Polls until `probe` returns a value that is not undefined, or fails after timeoutMs. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
