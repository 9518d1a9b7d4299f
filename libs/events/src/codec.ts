import { randomUUID } from 'node:crypto';
import { HEADERS, envelopeSchema, type EventType } from './envelope';
import { CURRENT_VERSION, EVENT_SCHEMAS, UPCASTERS, type ArticleEvent, type PayloadOf } from './registry';

export type EventParseFailure = 'invalid_json' | 'invalid_envelope' | 'unknown_version' | 'invalid_payload' | 'header_mismatch';

/** Why a message on the topic cannot be used; it goes to the dead-letter topic with this reason. */
export class EventParseError extends Error {
  constructor(
    readonly reason: EventParseFailure,
    message: string,
    readonly partial?: { eventId?: string; articleId?: string; type?: string },
  ) {
    super(message);
  }
}

export interface EncodedEvent {
  key: string;
  value: string;
  headers: Record<string, string>;
}

const describeIssue = (issue: { path: PropertyKey[]; message: string }): string =>
  `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`;

export function createEvent<T extends EventType>(
  type: T,
  articleId: string,
  payload: PayloadOf<T>,
  producer: string,
  options: { eventId?: string; occurredAt?: Date } = {},
): Extract<ArticleEvent, { type: T }> {
  const event = {
    eventId: options.eventId ?? randomUUID(),
    type,
    schemaVersion: CURRENT_VERSION[type],
    articleId,
    occurredAt: (options.occurredAt ?? new Date()).toISOString(),
    producer,
    payload,
  };
  return validateEnvelope(event) as Extract<ArticleEvent, { type: T }>;
}

/** The Kafka message of an event; `value`, when given, is the event's JSON already serialised (`JSON.stringify(event)`). */
export function encodeEvent(event: ArticleEvent, extraHeaders: Record<string, string> = {}, value: string = JSON.stringify(event)): EncodedEvent {
  return {
    key: event.articleId,
    value,
    headers: {
      ...extraHeaders,
      [HEADERS.eventType]: event.type,
      [HEADERS.schemaVersion]: String(event.schemaVersion),
      [HEADERS.eventId]: event.eventId,
      [HEADERS.contentType]: 'application/json',
    },
  };
}

/** Validates an envelope and its payload at its own version, then upcasts it to the current version. */
export function validateEnvelope(input: unknown): ArticleEvent {
  const envelope = envelopeSchema.safeParse(input);
  const partial = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const ids = {
    eventId: typeof partial.eventId === 'string' ? partial.eventId : undefined,
    articleId: typeof partial.articleId === 'string' ? partial.articleId : undefined,
    type: typeof partial.type === 'string' ? partial.type : undefined,
  };
  if (!envelope.success) {
    throw new EventParseError('invalid_envelope', `invalid envelope: ${describeIssue(envelope.error.issues[0])}`, ids);
  }
  const { type, schemaVersion } = envelope.data;
  const schema = EVENT_SCHEMAS[type][schemaVersion];
  if (!schema) {
    throw new EventParseError(
      'unknown_version',
      `unknown schema version ${schemaVersion} of ${type} (known: ${Object.keys(EVENT_SCHEMAS[type]).join(', ')})`,
      ids,
    );
  }
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new EventParseError('invalid_payload', `invalid ${type} v${schemaVersion} payload: ${describeIssue(payload.error.issues[0])}`, ids);
  }
  let current: unknown = payload.data;
  for (let version = schemaVersion; version < CURRENT_VERSION[type]; version++) {
    current = UPCASTERS[type]![version](current);
  }
  return { ...envelope.data, schemaVersion: CURRENT_VERSION[type], payload: current } as ArticleEvent;
}

/** Reads one Kafka message value (and its headers) into a current-version event, or throws EventParseError. */
export function decodeEvent(value: Buffer | string | null | undefined, headers: Record<string, string | undefined> = {}): ArticleEvent {
  if (value === null || value === undefined || value.length === 0) {
    throw new EventParseError('invalid_json', 'empty message value');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (error) {
    throw new EventParseError('invalid_json', `invalid JSON: ${(error as Error).message}`);
  }
  const event = validateEnvelope(parsed);
  const headerType = headers[HEADERS.eventType];
  if (headerType !== undefined && headerType !== event.type) {
    throw new EventParseError('header_mismatch', `header ${HEADERS.eventType}=${headerType} disagrees with envelope type ${event.type}`, event);
  }
  return event;
}
