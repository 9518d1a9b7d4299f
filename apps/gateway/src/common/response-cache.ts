import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { createPool, PrismaService } from '@newsroom/database';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import type { HttpExchange } from './request-context';
import { ReadAnswer, readAnswerOf } from './read-answer';

/** The headers that describe a kept answer (what the route set besides the ETag). */
const DESCRIBING_HEADERS = ['Content-Type', 'Content-Disposition'];

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

/**
 * The read routes whose answer depends only on their URL (and Accept header) and on the merged read models (visits,
 * envoys, statements, track_claims, tracks) answer through `answer`: from the ResponseCache while the read models
 * are unchanged, else computed and kept. A request with `Cache-Control: no-cache` (or no-store) is answered from the
 * database and its answer not kept. The answer goes out with its ETag (GatewayHttpAdapter).
 */
@Injectable()
export class CachedReads {
  constructor(
    private readonly cache: ResponseCache,
    private readonly metrics: GatewayMetrics,
  ) {}

  async answer({ request, reply }: HttpExchange, compute: () => Promise<unknown>): Promise<unknown> {
    if (/\b(no-cache|no-store)\b/i.test(request.headers['cache-control'] ?? '')) {
      this.metrics.responseCache.inc({ outcome: 'bypass' });
      return compute();
    }
    const key = `${request.headers.accept ?? ''}\n${request.originalUrl}`;
    // the answer is then computed as if there were no cache: a failed head query is the route's own failure to report
    const ticket = await this.cache.ticket().catch(() => undefined);
    const hit = ticket && this.cache.get(key, ticket);
    this.metrics.responseCache.inc({ outcome: hit ? 'hit' : 'miss' });
    if (hit) {
      for (const [name, value] of hit.headers) reply.header(name, value);
      return new ReadAnswer(hit.body, hit.etag);
    }
    const body = await compute();
    const answer = readAnswerOf(body, reply);
    if (!answer || !ticket || reply.statusCode !== 200) return answer ?? body;
    const headers = DESCRIBING_HEADERS.flatMap((name): Array<[string, string]> => {
      const value = reply.getHeader(name);
      return value === undefined ? [] : [[name, String(value)]];
    });
    this.cache.put(key, ticket, { body: answer.text, etag: answer.etag, headers });
    return answer;
  }
}

/** The one response cache, for the cached read routes of every feature module. */
@Global()
@Module({ providers: [ResponseCache, CachedReads], exports: [ResponseCache, CachedReads] })
export class ResponseCacheModule {}
