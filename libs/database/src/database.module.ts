import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Subject } from 'rxjs';
import { GENERATION_SCHEMA } from './generations';
import type { Pool } from 'pg';
import { createDatabaseClients, PrismaClient, type DatabaseClients, type DatabaseConnection } from './prisma-client.factory';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

export interface DatabaseOptions extends Omit<DatabaseConnection, 'schema'> {
  /** 'live' (default): follow the live read-model generation; or one generation's schema (a replay building it). */
  generation?: string;
  /** How often a 'live' client checks for a switch. */
  pollMs?: number;
  /** How long a replaced client keeps serving the queries already under way (30 s). */
  retireAfterMs?: number;
}

/**
 * Nest wrapper around the Prisma client of a read-model generation. Following the live generation, it looks for a
 * switch every few seconds and then serves every new query from the new generation (`generationChanged` tells
 * those who must do more, such as the projector's consumer).
 */
@Injectable()
export class PrismaService implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('PrismaService');
  private current: DatabaseClients;
  private currentSchema: string;
  private poller?: NodeJS.Timeout;
  private readonly retiring = new Set<DatabaseClients>();
  readonly generationChanged = new Subject<string>();

  constructor(@Inject(DATABASE_CONNECTION) private readonly options: DatabaseOptions) {
    const generation = options.generation ?? 'live';
    if (generation !== 'live' && generation !== 'public' && !GENERATION_SCHEMA.test(generation)) {
      throw new Error(`READ_MODEL_GENERATION must be live, public or rm_gen_<n>, got "${generation}"`);
    }
    this.currentSchema = generation === 'live' ? 'public' : generation;
    this.current = createDatabaseClients({ ...options, schema: this.currentSchema });
  }

  /** The client of the generation in use: take it per operation, never keep it. */
  get client(): PrismaClient {
    return this.current.prisma;
  }

  /** The pg pool under that client (same generation, same connections): take it per operation, never keep it. */
  get pool(): Pool {
    return this.current.pool;
  }

  get schema(): string {
    return this.currentSchema;
  }

  async onModuleInit(): Promise<void> {
    if ((this.options.generation ?? 'live') !== 'live') return;
    await this.follow().catch(() => undefined); // a database that is not up yet is reported by health checks
    this.poller = setInterval(() => void this.follow().catch(() => undefined), this.options.pollMs ?? 2_000);
    this.poller.unref();
  }

  private async follow(): Promise<void> {
    const rows = await this.current.prisma.$queryRaw<{ schema: string }[]>`SELECT "schema" FROM public.read_model_generations WHERE state = 'live'`;
    const live = rows[0]?.schema ?? 'public';
    if (live === this.currentSchema) return;
    const previous = this.current;
    this.current = createDatabaseClients({ ...this.options, schema: live });
    this.logger.log(`read-model generation switched: ${this.currentSchema} -> ${live}`);
    this.currentSchema = live;
    this.retiring.add(previous);
    setTimeout(() => void previous.close().finally(() => this.retiring.delete(previous)), this.options.retireAfterMs ?? 30_000).unref();
    this.generationChanged.next(live);
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.client.$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  }

  onModuleDestroy(): void {
    if (this.poller) clearInterval(this.poller);
    this.generationChanged.complete();
  }

  /** After the HTTP server has closed (Nest closes it between the two hooks): requests in flight finish their queries. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.current, ...this.retiring].map((c) => c.close()));
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions) {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE_CONNECTION, useValue: options }, PrismaService],
      exports: [PrismaService],
    };
  }
}
