// The gateway's group-committed reservations on the real database: concurrent new submissions are reserved by one
// INSERT, and each gets the answer its own INSERT would have had.
import { createPool, createPrismaClient, type PrismaClient, type PrismaService } from '@newsroom/database';
import type { Pool } from 'pg';
import { createEvent, type ArticleEvent } from '@newsroom/events';
import { randomUUID } from 'node:crypto';
import { IngestRecordsRepository } from '../../../apps/gateway/src/articles/ingest/ingest-records.repository';
import { testRun } from '../../support/test-env';

describe('ingest records: reservations of concurrent submissions', () => {
  let prisma: PrismaClient;
  let pool: Pool;
  let records: IngestRecordsRepository;
  const run = randomUUID().slice(0, 8);
  const submission = (articleId: string, text = 'Envoy Staffan de Mistura arrived in Rabat on Monday.'): ArticleEvent =>
    createEvent('ArticleSubmitted', articleId, { text, format: 'text' }, 'test:ingest-records');
  /** The INSERTs the repository sent while `work` ran: true for a shared one (a batch), false for a single row's. */
  const insertsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; shared: boolean[] }> => {
    const query = jest.spyOn(pool, 'query');
    try {
      const result = await work();
      const texts = query.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('INSERT INTO'));
      return { result, shared: texts.map((text) => text.includes('jsonb_array_elements')) };
    } finally {
      query.mockRestore();
    }
  };
  const stateOf = async (event: ArticleEvent) => (await prisma.ingestRecord.findUnique({ where: { eventId: event.eventId } }))?.state ?? null;

  beforeAll(() => {
    prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 4 });
    pool = createPool({ url: testRun().databaseUrl, poolSize: 4 });
    records = new IngestRecordsRepository({ pool } as unknown as PrismaService);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await pool.end();
  });

  it('reserves new articles together and refuses, row by row, what an earlier row or statement holds', async () => {
    const projectedId = `records-${run}-projected`;
    await prisma.article.create({
      data: {
        id: projectedId,
        text: 'x',
        contentHash: 'h',
        state: 'projected',
        lastEventId: randomUUID(),
        eventCount: 1,
        firstOccurredAt: new Date(),
        lastOccurredAt: new Date(),
      },
    });
    const earlier = submission(`records-${run}-earlier`);
    expect(await records.reserveNew(earlier, { contentHash: 'h' })).toBe(true);

    const fresh = Array.from({ length: 5 }, (_, i) => submission(`records-${run}-fresh-${i}`));
    const copies = [submission(`records-${run}-copy`), submission(`records-${run}-copy`)];
    const keyed = [submission(`records-${run}-keyed-a`), submission(`records-${run}-keyed-b`)];
    const again = submission(earlier.articleId);
    const projected = submission(projectedId);
    // All in the same turn of the event loop: one batch, one statement.
    const { result: answers, shared } = await insertsDuring(() =>
      Promise.all([
        ...fresh.map((e) => records.reserveNew(e, { contentHash: 'h' })),
        ...copies.map((e) => records.reserveNew(e, { contentHash: 'h' })),
        ...keyed.map((e) => records.reserveNew(e, { contentHash: 'h', idempotencyKey: `key-${run}` })),
        records.reserveNew(again, { contentHash: 'h' }),
        records.reserveNew(projected, { contentHash: 'h' }),
      ]),
    );
    expect(answers).toEqual([true, true, true, true, true, true, false, true, false, false, false]);
    expect(shared).toEqual([true]);
    expect(await Promise.all([...fresh, copies[0], keyed[0]].map(stateOf))).toEqual(Array(7).fill('pending'));
    expect(await Promise.all([copies[1], keyed[1], again, projected].map(stateOf))).toEqual([null, null, null, null]);
    const stored = await prisma.ingestRecord.findUnique({ where: { eventId: fresh[0].eventId } });
    expect(stored?.payload).toEqual(JSON.parse(JSON.stringify(fresh[0])));
  });

  it('answers each request on its own when the shared statement fails', async () => {
    const good = submission(`records-${run}-good`);
    // An invalid UUID fails the shared INSERT; the good row is then reserved by its own statement.
    const bad = { ...submission(`records-${run}-bad`), eventId: 'not-a-uuid' } as ArticleEvent;
    const { result, shared } = await insertsDuring(() => Promise.allSettled([records.reserveNew(good, { contentHash: 'h' }), records.reserveNew(bad, { contentHash: 'h' })]));
    const [goodAnswer, badAnswer] = result;
    expect(shared).toEqual([true, false, false]);
    expect(goodAnswer).toEqual({ status: 'fulfilled', value: true });
    expect(badAnswer.status).toBe('rejected');
    expect(await stateOf(good)).toBe('pending');
  });
});
