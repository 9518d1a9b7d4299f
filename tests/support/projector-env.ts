// appEnvironment with topic and consumer group names that are unique across test files too: uniqueName's
// counter starts again in every test file, so two files run in one Jest worker (--runInBand) share a pid and
// could get the same names, and with them each other's checkpoints.
import { randomUUID } from 'node:crypto';
import { appEnvironment } from './test-env';

export async function projectorEnvironment(overrides: Record<string, string> = {}): ReturnType<typeof appEnvironment> {
  const suffix = randomUUID().slice(0, 8);
  const base = await appEnvironment();
  const topic = `${base.env.ARTICLES_TOPIC}-${suffix}`;
  return appEnvironment({
    ARTICLES_TOPIC: topic,
    DEAD_LETTER_TOPIC: `${topic}.dlq`,
    PROJECTOR_GROUP_ID: `${base.env.PROJECTOR_GROUP_ID}-${suffix}`,
    ...overrides,
  });
}
