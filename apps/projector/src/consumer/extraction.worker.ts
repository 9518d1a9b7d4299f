// An extraction worker thread (see ExtractionPool): articleFacts for each article state it is sent.
import { parentPort } from 'node:worker_threads';
import { articleFacts, type ArticleState } from '@newsroom/read-models';

parentPort?.on('message', ({ id, state }: { id: number; state: ArticleState }) => {
  try {
    parentPort?.postMessage({ id, facts: articleFacts(state) });
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    parentPort?.postMessage({ id, error: { name: error.name, message: error.message, stack: error.stack } });
  }
});
