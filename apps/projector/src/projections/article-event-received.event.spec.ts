import type { SqlTransaction } from '@newsroom/database';
import { createEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import { evolveArticle } from '@newsroom/read-models';
import { ArticleEventReceived } from './article-event-received.event';

const event = createEvent('ArticleSubmitted', 'a-1', { text: 'Envoy arrived in Kabul.', format: 'text' }, 'test');
const received = () => new ArticleEventReceived(event, null, evolveArticle(null, event), {} as Extraction, {} as SqlTransaction);

describe('ArticleEventReceived', () => {
  it('settles once every tracked piece of work has finished', async () => {
    const r = received();
    const done: string[] = [];
    r.track(new Promise((resolve) => setTimeout(resolve, 10)).then(() => done.push('promise')));
    r.track(async () => done.push('function'));
    await r.settled();
    expect(done.sort()).toEqual(['function', 'promise']);
  });

  it('fails with a synchronous throw of tracked work instead of letting it escape', async () => {
    const r = received();
    r.track(() => {
      throw new Error('sync');
    });
    await expect(r.settled()).rejects.toThrow('sync');
  });

  it('reports the failure that happened first, not the ones it caused', async () => {
    const r = received();
    r.track(new Promise((_, reject) => setTimeout(() => reject(new Error('transaction aborted')), 20)));
    r.track(new Promise((_, reject) => setTimeout(() => reject(new Error('the cause')), 5)));
    await expect(r.settled()).rejects.toThrow('the cause');
  });

  it('fails with an error recorded outside track (a handler that threw)', async () => {
    const r = received();
    r.track(Promise.resolve());
    r.fail(new Error('thrown by a handler'));
    await expect(r.settled()).rejects.toThrow('thrown by a handler');
  });
});
