import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

interface Log {
  /** When each hit of the window expires, oldest first; those before `head` have expired. */
  hits: number[];
  head: number;
  expiresAt: number;
  blockExpiresAt: number;
  isBlocked: boolean;
}

const SWEEP_MS = 60_000;
const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * The rate limiter's counts: the same sliding log and blocking as @nestjs/throttler's in-memory storage, at a constant
 * cost per request. That storage filters a key's whole log (one expiry per hit within the window) into a new array on
 * every request: at 1,000 requests a second under one key, 60,000 entries copied per request, and as much garbage.
 * Hits are logged in time order with one window length, so the expired ones are always the oldest: this storage
 * steps over them from the front and compacts the log now and then.
 */
@Injectable()
export class SlidingLogThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logs = new Map<string, Log>();
  private sweeper?: NodeJS.Timeout;

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    return this.hit(`${throttlerName}\u0000${key}`, ttl, limit, blockDuration, Date.now());
  }

  /** One request under `id` at `now` (ms); what @nestjs/throttler's storage answers for it. */
  hit(id: string, ttl: number, limit: number, blockDuration: number, now: number) {
    this.sweeper ??= setInterval(() => this.sweep(Date.now()), SWEEP_MS).unref();
    let log = this.logs.get(id);
    if (!log) {
      log = { hits: [], head: 0, expiresAt: now + ttl, blockExpiresAt: 0, isBlocked: false };
      this.logs.set(id, log);
    }
    this.prune(log, now);
    if (log.expiresAt <= now) log.expiresAt = now + ttl;
    const timeToExpire = seconds(log.expiresAt - now);
    if (blockDuration <= 0) {
      const isBlocked = this.count(log) >= limit;
      if (!isBlocked) log.hits.push(now + ttl);
      const oldest = log.head < log.hits.length ? log.hits[log.head] : undefined;
      return {
        totalHits: this.count(log) + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked ? (oldest === undefined ? timeToExpire : seconds(oldest - now)) : 0,
      };
    }
    if (!log.isBlocked) log.hits.push(now + ttl);
    if (this.count(log) > limit && !log.isBlocked) {
      log.isBlocked = true;
      log.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = seconds(log.blockExpiresAt - now);
    if (timeToBlockExpire <= 0 && log.isBlocked) {
      log.isBlocked = false;
      log.hits = [now + ttl];
      log.head = 0;
    }
    return { totalHits: this.count(log), timeToExpire, isBlocked: log.isBlocked, timeToBlockExpire };
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.logs.clear();
  }

  /** How many keys are tracked (for the tests). */
  get size(): number {
    return this.logs.size;
  }

  /** Forgets the keys with nothing left to count: no live hit, no block, window over. */
  sweep(now: number): void {
    for (const [id, log] of this.logs) {
      this.prune(log, now);
      if (this.count(log) === 0 && log.expiresAt <= now && !(log.isBlocked && log.blockExpiresAt > now)) this.logs.delete(id);
    }
  }

  private count(log: Log): number {
    return log.hits.length - log.head;
  }

  private prune(log: Log, now: number): void {
    const { hits } = log;
    while (log.head < hits.length && hits[log.head] <= now) log.head++;
    if (log.head === hits.length) {
      log.hits = [];
      log.head = 0;
    } else if (log.head > 1024 && log.head * 2 > hits.length) {
      log.hits = hits.slice(log.head);
      log.head = 0;
    }
  }
}
