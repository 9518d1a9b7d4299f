import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { collectDefaultMetrics, Gauge, type Registry } from 'prom-client';

/** A `gc` performance entry: its detail says which kind of collection it was. */
type GcEntry = PerformanceEntry & { detail?: { kind?: number } };

/** V8 heap in use just after the latest full (mark-sweep-compact) collection of this thread; undefined before the first. */
let heapAfterFullGc: number | undefined;
let observer: PerformanceObserver | undefined;

/** One observer per process, however many apps (tests run several) register the gauge. */
function watchFullCollections(): void {
  if (observer) return;
  observer = new PerformanceObserver((list) => {
    const full = list.getEntries().some((entry) => (entry as GcEntry).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    if (full) heapAfterFullGc = process.memoryUsage().heapUsed;
  });
  observer.observe({ entryTypes: ['gc'] });
}

/**
 * prom-client's process metrics (heap, GC, event loop, RSS) under `prefix`, plus `<prefix>nodejs_heap_used_after_gc_bytes`:
 * the heap in use sampled right after each full collection. The plain heap figure is a sawtooth that says little over
 * minutes; what survives a full collection grows only if something holds on to memory (a leak).
 */
export function registerProcessMetrics(registry: Registry, prefix: string): void {
  collectDefaultMetrics({ register: registry, prefix });
  watchFullCollections();
  new Gauge({
    name: `${prefix}nodejs_heap_used_after_gc_bytes`,
    help: 'V8 heap in use (main thread) right after the latest full garbage collection; absent before the first',
    registers: [registry],
    collect() {
      if (heapAfterFullGc !== undefined) this.set(heapAfterFullGc);
    },
  });
}
