import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { buildsGeneration } from '@newsroom/database';
import type { Extraction } from '@newsroom/extraction';
import { articleFacts, type ArticleState } from '@newsroom/read-models';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** No extraction happened (a worker stopped): not the article's fault, so the batch fails and is fetched again. */
export class ExtractionUnavailable extends Error {}

const WORKER_FILE = path.join(__dirname, 'extraction.worker.js');
/**
 * Worker threads, at most 4. Following the log: every core but the one the main thread (Kafka, transactions,
 * merges) needs; a second thread on 2 cores made it slower (bench:project 0.35 against 0.46 of extract alone).
 * Building a generation: every core, as its main thread only appends rows and defers the merges (about an eighth of
 * a core in a replay's build); on 2 cores a second thread took a 20,000-event build from 27.9 s to 22.2 s.
 */
export const extractionThreads = (building: boolean, cores = os.availableParallelism()) => Math.max(1, Math.min(4, building ? cores : cores - 1));

interface Job {
  resolve(facts: Extraction): void;
  reject(error: Error): void;
}
interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  stopped: boolean;
}

/**
 * Extraction (the projector's CPU-heavy part) off the main thread: while worker threads extract the next
 * events, the main thread goes on with transactions, whose locks are then never held up by an extraction.
 * Extraction is pure, so a worker's facts are the very facts of an inline call.
 *
 * Running from TypeScript sources (ts-jest), a worker could not load its module: extraction runs inline then,
 * one event per turn of the event loop.
 */
@Injectable()
export class ExtractionPool implements OnApplicationShutdown {
  private readonly logger = new Logger('ExtractionPool');
  private readonly slots: Slot[] = [];
  private sequence = 0;
  private closed = false;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'READ_MODEL_GENERATION'>) {
    const built = __filename.endsWith('.js') && fs.existsSync(WORKER_FILE);
    const threads = extractionThreads(buildsGeneration(config.READ_MODEL_GENERATION));
    for (let i = 0; built && i < threads; i++) this.slots.push(this.spawn());
  }

  /** The facts of an article state (as articleFacts); rejects with the extraction's own error when it throws. */
  facts(state: ArticleState): Promise<Extraction> {
    if (!this.slots.length) {
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(articleFacts(state));
          } catch (error) {
            reject(error);
          }
        }),
      );
    }
    if (this.closed) return Promise.reject(new ExtractionUnavailable('the extraction pool is shut down'));
    const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = ++this.sequence;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, state });
    });
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_FILE), jobs: new Map(), stopped: false };
    slot.worker.on('message', ({ id, facts, error }: { id: number; facts?: Extraction; error?: { name: string; message: string; stack?: string } }) => {
      const job = slot.jobs.get(id);
      if (!job) return;
      slot.jobs.delete(id);
      if (error) job.reject(Object.assign(new Error(error.message), { name: error.name, stack: error.stack }));
      else job.resolve(facts!);
    });
    const stopped = (reason: string) => {
      if (slot.stopped) return;
      slot.stopped = true;
      for (const job of slot.jobs.values()) job.reject(new ExtractionUnavailable(`extraction worker stopped: ${reason}`));
      slot.jobs.clear();
      if (this.closed) return;
      this.logger.warn(`extraction worker stopped (${reason}); starting another`);
      this.slots.splice(this.slots.indexOf(slot), 1, this.spawn());
    };
    slot.worker.on('error', (error) => stopped(error.message));
    slot.worker.on('exit', (code) => stopped(`exit code ${code}`));
    return slot;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
