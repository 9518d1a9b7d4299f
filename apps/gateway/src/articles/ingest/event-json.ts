import type { ArticleEvent } from '@newsroom/events';

const serialised = new WeakMap<ArticleEvent, string>();

/**
 * An event's JSON (`JSON.stringify(event)`), made once per event: the ingest record stores it and the Kafka message
 * carries it. Events are not changed once created (createEvent), so the first serialisation stays right.
 */
export function eventJson(event: ArticleEvent): string {
  let json = serialised.get(event);
  if (json === undefined) {
    json = JSON.stringify(event);
    serialised.set(event, json);
  }
  return json;
}
