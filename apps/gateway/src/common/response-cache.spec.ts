import type { PrismaService } from '@newsroom/database';
import { CACHE_MAX_ENTRIES, HeadReader, ResponseCache } from './response-cache';

/** A query whose answers the test releases one by one, counting how many were started. */
function controlledQuery() {
  const pending: Array<(value: string) => void> = [];
  return {
    started: () => pending.length,
    query: () => new Promise<string>((resolve) => pending.push(resolve)),
    answer: (index: number, value: string) => pending[index](value),
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('HeadReader', () => {
  it('answers each caller with a query started after it asked, sharing one query among those that wait', async () => {
    const q = controlledQuery();
    const reader = new HeadReader(q.query);
    const first = reader.read();
    expect(q.started()).toBe(1);
    // these arrive while the first query runs: it may have read the head before what they saw, so they wait
    const second = reader.read();
    const third = reader.read();
    expect(q.started()).toBe(1);
    q.answer(0, '10');
    expect(await first).toBe('10');
    await flush();
    expect(q.started()).toBe(2);
    q.answer(1, '11');
    expect(await second).toBe('11');
    expect(await third).toBe('11');
  });

  it('starts again after a failed query', async () => {
    let calls = 0;
    const reader = new HeadReader(async () => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
      return '5';
    });
    await expect(reader.read()).rejects.toThrow('connection lost');
    expect(await reader.read()).toBe('5');
  });
});

describe('ResponseCache', () => {
  /** A cache whose head query reads `head` (per generation: rm_gen_* heads are offset by 1000). */
  class TestCache extends ResponseCache {
    constructor(
      private readonly changeLogHead: { value: number },
      served = { value: 'public' },
    ) {
      super({ get schema() { return served.value; } } as unknown as PrismaService, { DATABASE_URL: 'postgresql://unused' });
    }
    protected override headQuery(schema: string) {
      return { reader: new HeadReader(async () => String(this.changeLogHead.value + (schema === 'public' ? 0 : 1000))), close: async () => undefined };
    }
  }
  const answer = (body: string) => ({ body, etag: `"${body}"`, headers: [['Content-Type', 'application/json; charset=utf-8']] as Array<[string, string]> });

  it('serves an answer while the change_log head is the same, and not once it has moved', async () => {
    const head = { value: 7 };
    const cache = new TestCache(head);
    const ticket = await cache.ticket();
    expect(cache.get('/api/visits', ticket)).toBeUndefined();
    cache.put('/api/visits', ticket, answer('a'));
    expect(cache.get('/api/visits', await cache.ticket())?.body).toBe('a');
    head.value = 8; // the projector committed a change
    expect(cache.get('/api/visits', await cache.ticket())).toBeUndefined();
  });

  it('keeps no answer of a generation that is no longer served, and never mixes generations', async () => {
    const head = { value: 3 };
    const schema = { value: 'public' };
    const cache = new TestCache(head, schema);
    const before = await cache.ticket();
    schema.value = 'rm_gen_2'; // switched while the request read its rows
    cache.put('/api/envoys', before, answer('old'));
    expect(cache.size.entries).toBe(0);
    const after = await cache.ticket();
    expect(after.schema).toBe('rm_gen_2');
    cache.put('/api/envoys', after, answer('new'));
    expect(cache.get('/api/envoys', { schema: 'public', head: after.head })).toBeUndefined();
    expect(cache.get('/api/envoys', after)?.body).toBe('new');
  });

  it('does not let a slow request replace a newer answer with an older one', async () => {
    const head = { value: 1 };
    const cache = new TestCache(head);
    const slow = await cache.ticket();
    head.value = 2;
    const fast = await cache.ticket();
    cache.put('/api/statements?q=ceasefire', fast, answer('new'));
    cache.put('/api/statements?q=ceasefire', slow, answer('old'));
    expect(cache.get('/api/statements?q=ceasefire', fast)?.body).toBe('new');
  });

  it('drops every kept answer once the read models have changed, and keeps none computed before the change', async () => {
    const head = { value: 1 };
    const cache = new TestCache(head);
    const before = await cache.ticket();
    cache.put('/api/visits', before, answer('a'));
    cache.put('/api/envoys', before, answer('b'));
    expect(cache.size.entries).toBe(2);
    head.value = 2;
    const after = await cache.ticket();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    cache.put('/api/statements', before, answer('late')); // a slow request that started before the change
    expect(cache.size.entries).toBe(0);
    cache.put('/api/statements', after, answer('c'));
    expect(cache.get('/api/statements', after)?.body).toBe('c');
  });

  it('is bounded: the least recently used answers go first', async () => {
    const cache = new TestCache({ value: 1 });
    const ticket = await cache.ticket();
    cache.put('/first', ticket, answer('1'));
    cache.put('/second', ticket, answer('2'));
    cache.get('/first', ticket); // used again: now the most recent
    for (let i = 0; i < CACHE_MAX_ENTRIES - 1; i++) cache.put(`/other/${i}`, ticket, answer(String(i)));
    expect(cache.size.entries).toBe(CACHE_MAX_ENTRIES);
    expect(cache.get('/second', ticket)).toBeUndefined();
    expect(cache.get('/first', ticket)?.body).toBe('1');
  });
});
