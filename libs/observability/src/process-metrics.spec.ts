import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Registry } from 'prom-client';
import { registerProcessMetrics } from './process-metrics';

/** A full collection on demand, without starting Jest with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const valueOf = async (registry: Registry, name: string) => (await registry.getSingleMetric(name)!.get()).values[0]?.value;

describe('registerProcessMetrics', () => {
  const registry = new Registry();
  // One full collection for the file: in a runInBand run the heap holds every suite before, and collecting it is slow.
  beforeAll(async () => {
    registerProcessMetrics(registry, 'test_app_');
    collectGarbage();
    // GC entries reach observers asynchronously: later still on a busy machine (a fixed 50 ms once was not enough).
    for (const deadline = Date.now() + 10_000; !(await valueOf(registry, 'test_app_nodejs_heap_used_after_gc_bytes')) && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, 60_000);

  it('reports the heap in use after a full garbage collection, next to the default process metrics', async () => {
    const afterGc = await valueOf(registry, 'test_app_nodejs_heap_used_after_gc_bytes');
    expect(afterGc).toBeGreaterThan(1024 * 1024);
    expect(afterGc).toBeLessThanOrEqual(process.memoryUsage().heapTotal);
    expect(await registry.metrics()).toMatch(/^test_app_nodejs_heap_size_used_bytes [1-9]/m);
  });

  it('serves registries registered later (apps in one process) from the same observer', async () => {
    const later = new Registry();
    registerProcessMetrics(later, 'later_app_');
    expect(await valueOf(later, 'later_app_nodejs_heap_used_after_gc_bytes')).toBe(await valueOf(registry, 'test_app_nodejs_heap_used_after_gc_bytes'));
  });
});
