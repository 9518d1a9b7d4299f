import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { createPool, PrismaService } from '@newsroom/database';

/** Set by @ReadEndpoint({ cached: true }) (etag.interceptor.ts). */
export const CACHED_READ = 'newsroom:cached-read';

/** One kept answer: the body as sent, its ETag and the headers that describe it. */
export interface CachedAnswer {
  body: string;
  etag: string;
  headers: Array<[string, string]>;
}

interface Entry extends CachedAnswer {
  /** The change_log head read before the answer's own queries: the entry is valid while the head is the same. */
  head: string;
  bytes: number;
}

/** What a request learnt before its queries: where the read models stood. */
export interface CacheTicket {
  schema: string;
  head: string;
}

export const CACHE_MAX_ENTRIES = 2_000;
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The serialised answers of the read routes, each valid while the read models have not changed since it was
 * computed. Every change of a merged read model appends to change_log in the projector's transaction (ids in commit
 * order), so the head of change_log (its largest id) in the generation being served is a version of everything
 * these routes read. Each request reads that head with a query started after the request arrived (concurrent
 * requests share one such query), so an answer is never older than what the database held when the request came:
 * a client that saw a projection commit (its SSE event, GET /api/articles/{id}, the database itself) never gets an
 * answer from before it. A hit saves the route's queries, the JSON serialisation and the ETag hash, not the
 * head query. Only answers of the newest head seen are kept (older ones could never be served again), at most
 * CACHE_MAX_ENTRIES and CACHE_MAX_BYTES of them, least recently used first out.
 */
@Injectable()
export class ResponseCache implements OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** The newest change_log head read in the generation served: answers of older heads are dropped, not kept. */
  private latest = -1n;
  /** The head reader of the generation served (one at a time), on a connection of its own. */
  private head?: { schema: string; reader: HeadReader; close: () => Promise<void> };

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'DATABASE_URL'>,
  ) {}

  /** The served generation and its change_log head, from a query started after this call. */
  async ticket(): Promise<CacheTicket> {
    const schema = this.prisma.schema;
    if (this.head?.schema !== schema) {
      void this.head?.close();
      this.head = { schema, ...this.headQuery(schema) };
      this.latest = -1n;
      this.clear(); // answers of another generation are never served again
    }
    const head = await this.head.reader.read();
    if (this.head.schema === schema && BigInt(head) > this.latest) {
      // heads only grow: every kept answer is of an older one now, so none will be served again
      this.latest = BigInt(head);
      this.clear();
    }
    return { schema, head };
  }

  /**
   * The head query of a generation, on one pg connection of its own rather than Prisma's pool: a hit then waits
   * neither behind the pool's slower queries nor for Prisma's query machinery (the query runs for most requests).
   */
  protected headQuery(schema: string): { reader: HeadReader; close: () => Promise<void> } {
    const pool = createPool({ url: this.config.DATABASE_URL, poolSize: 1, schema, allowExitOnIdle: true });
    const reader = new HeadReader(async () => {
      const { rows } = await pool.query<{ head: string | null }>('SELECT max(id)::text AS head FROM change_log');
      return rows[0]?.head ?? '0';
    });
    return { reader, close: () => pool.end().catch(() => undefined) };
  }

  /** After the HTTP server has closed (Nest closes it between the destroy and shutdown hooks). */
  async onApplicationShutdown(): Promise<void> {
    await this.head?.close();
    this.head = undefined;
  }

  get(key: string, ticket: CacheTicket): CachedAnswer | undefined {
    const entry = this.entries.get(cacheKey(ticket.schema, key));
    if (!entry) return undefined;
    if (entry.head !== ticket.head) return undefined;
    // most recently used last
    this.entries.delete(cacheKey(ticket.schema, key));
    this.entries.set(cacheKey(ticket.schema, key), entry);
    return entry;
  }

  /** Keeps an answer computed after `ticket` was taken, unless the generation served has changed meanwhile. */
  put(key: string, ticket: CacheTicket, answer: CachedAnswer): void {
    if (this.prisma.schema !== ticket.schema || this.head?.schema !== ticket.schema) return;
    if (BigInt(ticket.head) < this.latest) return; // the read models have changed since: it would never be served
    const full = cacheKey(ticket.schema, key);
    const bytes = answer.body.length * 2 + full.length * 2 + 256;
    if (bytes > CACHE_MAX_BYTES / 16) return; // one huge answer must not push everything else out
    const previous = this.entries.get(full);
    if (previous) {
      // a slower request that started before the current entry's must not replace it with older data
      if (BigInt(previous.head) > BigInt(ticket.head)) return;
      this.remove(full, previous);
    }
    this.entries.set(full, { ...answer, head: ticket.head, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= CACHE_MAX_ENTRIES && this.bytes <= CACHE_MAX_BYTES) break;
      this.remove(k, e);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

const cacheKey = (schema: string, key: string) => `${schema}\n${key}`;

/**
 * Reads a value with a query that starts after each caller asked: callers that arrive while a query runs wait for
 * the next one, which they then share, so at most one query runs at a time however many requests come.
 */
export class HeadReader {
  private running?: Promise<string>;
  private queued?: Promise<string>;

  constructor(private readonly query: () => Promise<string>) {}

  read(): Promise<string> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.next(),
      () => this.next(),
    );
    return this.queued;
  }

  private next(): Promise<string> {
    this.queued = undefined;
    return this.start();
  }

  private start(): Promise<string> {
    const running = this.query().finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }
}

/** The one response cache, for the read endpoints of every feature module (their EtagInterceptor). */
@Global()
@Module({ providers: [ResponseCache], exports: [ResponseCache] })
export class ResponseCacheModule {}
