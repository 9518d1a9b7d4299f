import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { claimReplay, pgSql, ReplayStoppedError, runReplay, type ReplayBuild, type ReplayRecord } from '@newsroom/database';
import { EXTRACTOR_VERSION } from '@newsroom/extraction';
import { fetchTopicOffsets, type Kafka } from '@newsroom/kafka';
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { Pool } from 'pg';
import { KAFKA } from '../consumer/kafka.provider';
import { completeGeneration } from '../consumer/merge-backlog';

/** Builds one generation in this process: a projector (module context) pinned to the generation's schema. */
export type GenerationBuilder = (schema: string) => Promise<ReplayBuild>;
export const GENERATION_BUILDER = Symbol('GENERATION_BUILDER');

/** How often an idle projector looks for a requested replay (one statement on the small replays table). */
const CLAIM_EVERY_MS = 500;

/**
 * Runs the replays requested over the API (POST /api/admin/replays): a live projector claims one with FOR UPDATE
 * SKIP LOCKED (so one projector of several runs it) and builds the new generation in-process, in the generation's
 * own consumer group, while it keeps projecting the live one. Progress goes to the `replays` record every second,
 * which is also the lease: if this process dies, the next projector claims the replay again and resumes it from
 * the generation's checkpoints. On shutdown the replay is released for the next projector.
 */
@Injectable()
export class ReplayWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReplayWorker');
  /** host, pid and a random part: two projectors in one process (tests) are two runners */
  private readonly runner = `projector ${os.hostname()}:${process.pid}/${randomUUID().slice(0, 8)}`;
  private db?: Pool;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(GENERATION_BUILDER) private readonly build: GenerationBuilder,
  ) {}

  onApplicationBootstrap(): void {
    // a projector pinned to a generation (one building a replay) runs none itself
    if (this.config.READ_MODEL_GENERATION !== 'live') return;
    this.db = new Pool({ connectionString: this.config.DATABASE_URL, max: 3 });
    this.db.on('error', () => undefined);
    this.timer = setInterval(() => this.poll(), CLAIM_EVERY_MS);
    this.timer.unref();
  }

  private poll(): void {
    if (this.running || this.stopping || !this.db) return;
    this.running = this.claimAndRun()
      .catch((error: Error) => this.logger.warn(`replay: ${error.message}`))
      .finally(() => (this.running = undefined));
  }

  private async claimAndRun(): Promise<void> {
    const replay = await claimReplay(pgSql(this.db!), this.config.ARTICLES_TOPIC, this.runner);
    if (!replay) return;
    this.logger.log(`running replay ${replay.id} (requested by ${replay.requestedBy})`);
    try {
      const done = await this.run(replay);
      this.logger.log(`replay ${done.id} ${done.state}${done.generation ? `: ${done.generation}` : ''}`);
    } catch (error) {
      if (!(error instanceof ReplayStoppedError)) throw error;
      this.logger.warn(error.message);
    }
  }

  private run(replay: ReplayRecord): Promise<ReplayRecord> {
    return runReplay({
      db: this.db!,
      runner: this.runner,
      replay,
      topic: this.config.ARTICLES_TOPIC,
      extractorVersion: EXTRACTOR_VERSION,
      headOffsets: async () => Number((await fetchTopicOffsets(this.kafka, this.config.ARTICLES_TOPIC)).reduce((sum, p) => sum + BigInt(p.high), 0n)),
      startBuild: this.build,
      completeGeneration: (schema) => completeGeneration(this.config.DATABASE_URL, schema),
      interrupted: () => (this.stopping ? 'release' : false),
      log: (line) => this.logger.log(line),
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.db?.end();
  }
}
