// The fault suite's ledger: what a scenario sent and what came of it, counted against the real topic and the real
// read models once the projector has drained the topic.
//
//   submitted   requests sent to the gateway, or events produced straight to the topic
//   accepted    202 answers, or events Kafka acknowledged (acks=all)
//   projected   accepted events recorded in applied_events for the topic, with their article row
//   lost        accepted and not projected after draining                                   (must be 0)
//   duplicated  an event applied twice (an article's event_count above its applied events), the same event id
//               twice on the topic, or two live (not voided) events on the topic for one request       (must be 0)
//   ghosts      requests answered with an error whose article was projected anyway           (must be 0)
//   unknown     requests whose connection broke before an answer (a killed gateway): the client cannot tell, so
//               the scenario retries them with the same article id and they count by the retry's answer
//   dead        poison events expected on the dead-letter table, and found there (not applied)
//
// Each scenario prints one line `[faults] <scenario>: submitted N, accepted N, projected N, lost 0, duplicated 0, ...`
// and merges its result into .run/faults/results.json and .run/faults/results.md (git-ignored) for the closing note.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../../../scripts/infra/config';
import { readRawTopic, testKafka, waitCaughtUp } from '../../support/generated-events';

type Outcome = 'accepted' | 'refused' | 'unknown' | 'pending';

interface Item {
  articleId: string;
  eventId?: string;
  outcome: Outcome;
  /** HTTP status or error message of the last answer. */
  answer?: string;
  /** true when the item is one request of the gateway: at most one live event for it on the topic. */
  request: boolean;
}

interface Poison {
  kind: string;
  partition: number;
  offset: string;
  reason: string;
}

export interface LedgerResult {
  scenario: string;
  submitted: number;
  accepted: number;
  projected: number;
  lost: number;
  duplicated: number;
  refused: number;
  ghosts: number;
  unknown: number;
  deadLettered?: number;
  seconds: number;
  notes: Record<string, string | number>;
  lostIds: string[];
  duplicatedIds: string[];
  ghostIds: string[];
  missingDeadLetters: string[];
}

export interface SettleOptions {
  databaseUrl: string;
  brokers: string[];
  topic: string;
  /** How long the projector may take to reach the topic's end. */
  drainTimeoutMs?: number;
}

export const RESULTS_DIR = path.join(REPO_ROOT, '.run', 'faults');

export class Ledger {
  private readonly items = new Map<string, Item>();
  private readonly poisons: Poison[] = [];
  private submittedCount = 0;
  readonly notes: Record<string, string | number> = {};
  private readonly started = Date.now();

  /** `options.record` false: print the line only, not into .run/faults (the ledger's own self-check). */
  constructor(
    readonly scenario: string,
    private readonly options: { record?: boolean } = {},
  ) {}

  /** A request about to be sent for `articleId` (one article per request: the ids are unique to the scenario). */
  submit(articleId: string): void {
    this.submittedCount++;
    this.items.set(articleId, { articleId, outcome: 'pending', request: true });
  }

  /** The gateway answered 202 with this event id. */
  accept(articleId: string, eventId: string): void {
    const item = this.item(articleId);
    Object.assign(item, { outcome: 'accepted', eventId, answer: '202' });
  }

  /** The gateway answered with an error status (or refused the connection): the article must not be projected. */
  refuse(articleId: string, status: number | string): void {
    Object.assign(this.item(articleId), { outcome: 'refused', answer: String(status) });
  }

  /** The connection broke before an answer: the scenario must retry it (with the same id) before settling. */
  unknown(articleId: string, error: string): void {
    Object.assign(this.item(articleId), { outcome: 'unknown', answer: error });
  }

  /** Events produced straight to the topic and acknowledged by Kafka (acks=all): each must be applied once. */
  produced(events: readonly { articleId: string; eventId: string }[]): void {
    for (const { articleId, eventId } of events) {
      this.submittedCount++;
      this.items.set(eventId, { articleId, eventId, outcome: 'accepted', answer: 'ack', request: false });
    }
  }

  /** A poison message at a known place of the topic: it must be dead-lettered with `reason`, never applied. */
  poison(kind: string, partition: number, offset: string, reason: string): void {
    this.submittedCount++;
    this.poisons.push({ kind, partition, offset, reason });
  }

  /** Items still without a definite answer (to retry). */
  unanswered(): string[] {
    return [...this.items.values()].filter((i) => i.outcome === 'unknown' || i.outcome === 'pending').map((i) => i.articleId);
  }

  /** The answers (status or error) of the items with this outcome, counted. */
  answers(outcome: Outcome): Record<string, number> {
    const out: Record<string, number> = {};
    for (const i of this.items.values()) if (i.outcome === outcome) out[i.answer ?? '?'] = (out[i.answer ?? '?'] ?? 0) + 1;
    return out;
  }

  count(outcome: Outcome): number {
    return [...this.items.values()].filter((i) => i.outcome === outcome).length;
  }

  note(key: string, value: string | number): void {
    this.notes[key] = value;
  }

  private item(articleId: string): Item {
    const item = this.items.get(articleId);
    if (!item) throw new Error(`ledger ${this.scenario}: ${articleId} was never submitted`);
    return item;
  }

  /** Waits until the projector reached the topic's end, then counts; prints and records the summary line. */
  async settle(options: SettleOptions): Promise<LedgerResult> {
    const kafka = testKafka(options.brokers, 'faults-ledger');
    await waitCaughtUp(kafka, options.databaseUrl, options.topic, options.drainTimeoutMs ?? 120_000);
    const messages = await readRawTopic(kafka, options.topic, 60_000);
    const items = [...this.items.values()];
    const articleIds = [...new Set(items.map((i) => i.articleId))];

    const db = new Client({ connectionString: options.databaseUrl });
    await db.connect();
    let applied: { event_id: string; article_id: string }[];
    let articles: { id: string; event_count: number }[];
    let records: { event_id: string; state: string }[];
    let letters: { partition: number; offset: string; reason: string; event_id: string | null; error: string; attempts: number }[];
    try {
      applied = (await db.query('SELECT event_id::text, article_id FROM applied_events WHERE topic = $1', [options.topic])).rows;
      articles = (await db.query('SELECT id, event_count FROM articles WHERE id = ANY($1::text[])', [articleIds])).rows;
      records = (await db.query('SELECT event_id::text, state FROM ingest_records WHERE article_id = ANY($1::text[])', [articleIds])).rows;
      letters = (await db.query('SELECT partition, "offset"::text AS offset, reason, event_id, error, attempts FROM dead_letters WHERE topic = $1', [options.topic])).rows;
    } finally {
      await db.end();
    }

    const appliedIds = new Set(applied.map((a) => a.event_id));
    const appliedPerArticle = new Map<string, number>();
    for (const a of applied) appliedPerArticle.set(a.article_id, (appliedPerArticle.get(a.article_id) ?? 0) + 1);
    const eventCount = new Map(articles.map((a) => [a.id, a.event_count]));
    const voided = new Set(records.filter((r) => r.state === 'rejected').map((r) => r.event_id));

    // What the topic holds per event id and per article (poison messages may not parse: they count by place only).
    const onTopic = new Map<string, number>();
    const liveByArticle = new Map<string, Set<string>>();
    for (const m of messages) {
      let eventId: string | undefined;
      try {
        eventId = (JSON.parse(m.value) as { eventId?: unknown }).eventId as string | undefined;
      } catch {
        eventId = undefined;
      }
      eventId ??= m.headers['event-id'];
      if (!eventId) continue;
      onTopic.set(eventId, (onTopic.get(eventId) ?? 0) + 1);
      if (m.key && !voided.has(eventId)) liveByArticle.set(m.key, (liveByArticle.get(m.key) ?? new Set()).add(eventId));
    }

    const accepted = items.filter((i) => i.outcome === 'accepted');
    const projectedItems = accepted.filter((i) => appliedIds.has(i.eventId!) && eventCount.has(i.articleId));
    // A lost event is named with what explains it: whether it reached the topic, its ingest record's state (the
    // projector skips an event whose record is rejected), and its dead letter when it has one.
    const letterOf = new Map(letters.filter((l) => l.event_id).map((l) => [l.event_id!, l]));
    const recordOf = new Map(records.map((r) => [r.event_id, r.state]));
    const lostIds = accepted
      .filter((i) => !projectedItems.includes(i))
      .map((i) => {
        const letter = letterOf.get(i.eventId!);
        const evidence = `${onTopic.get(i.eventId!) ?? 0} times on the topic, ingest record ${recordOf.get(i.eventId!) ?? 'missing'}`;
        return `${i.articleId} (${i.eventId}; ${evidence})${letter ? ` dead-lettered ${letter.reason} after ${letter.attempts} attempts: ${letter.error.slice(0, 160)}` : ''}`;
      });
    const duplicated = new Set<string>();
    for (const i of items) {
      if (i.eventId && (onTopic.get(i.eventId) ?? 0) > 1) duplicated.add(`${i.articleId}: event ${i.eventId} ${onTopic.get(i.eventId)} times on the topic`);
      const count = eventCount.get(i.articleId);
      const appliedHere = appliedPerArticle.get(i.articleId) ?? 0;
      if (count !== undefined && count > appliedHere) duplicated.add(`${i.articleId}: event_count ${count} for ${appliedHere} applied events`);
      const live = liveByArticle.get(i.articleId)?.size ?? 0;
      if (i.request && live > 1) duplicated.add(`${i.articleId}: ${live} live events on the topic for one request`);
      if (i.request && appliedHere > 1) duplicated.add(`${i.articleId}: ${appliedHere} events applied for one request`);
    }
    const ghostIds = items.filter((i) => i.outcome === 'refused' && ((appliedPerArticle.get(i.articleId) ?? 0) > 0 || eventCount.has(i.articleId))).map((i) => `${i.articleId} (${i.answer})`);

    const missingDeadLetters: string[] = [];
    for (const p of this.poisons) {
      const letter = letters.find((l) => l.partition === p.partition && l.offset === p.offset);
      if (!letter || letter.reason !== p.reason || (letter.event_id && appliedIds.has(letter.event_id))) {
        missingDeadLetters.push(`${p.kind} at ${p.partition}/${p.offset}: expected ${p.reason}, found ${letter ? letter.reason : 'no dead letter'}`);
      }
    }

    const result: LedgerResult = {
      scenario: this.scenario,
      submitted: this.submittedCount,
      accepted: accepted.length,
      projected: projectedItems.length,
      lost: lostIds.length,
      duplicated: duplicated.size,
      refused: items.filter((i) => i.outcome === 'refused').length,
      ghosts: ghostIds.length,
      unknown: items.filter((i) => i.outcome === 'unknown' || i.outcome === 'pending').length,
      ...(this.poisons.length ? { deadLettered: this.poisons.length - missingDeadLetters.length } : {}),
      seconds: Math.round((Date.now() - this.started) / 100) / 10,
      notes: this.notes,
      lostIds: lostIds.slice(0, 20),
      duplicatedIds: [...duplicated].slice(0, 20),
      ghostIds: ghostIds.slice(0, 20),
      missingDeadLetters,
    };
    if (this.options.record === false) process.stdout.write(`${summaryLine(result)}\n`);
    else record(result);
    return result;
  }
}

export function summaryLine(r: LedgerResult): string {
  const extra = [
    `refused ${r.refused}`,
    `ghosts ${r.ghosts}`,
    ...(r.unknown ? [`unanswered ${r.unknown}`] : []),
    ...(r.deadLettered !== undefined ? [`dead-lettered ${r.deadLettered}`] : []),
    ...Object.entries(r.notes).map(([k, v]) => `${k} ${v}`),
    `${r.seconds} s`,
  ];
  return `[faults] ${r.scenario}: submitted ${r.submitted}, accepted ${r.accepted}, projected ${r.projected}, lost ${r.lost}, duplicated ${r.duplicated} (${extra.join(', ')})`;
}

/** Prints the line and merges the result into .run/faults/results.{json,md}. */
function record(result: LedgerResult): void {
  const line = summaryLine(result);
  process.stdout.write(`${line}\n`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const jsonFile = path.join(RESULTS_DIR, 'results.json');
  let all: Record<string, LedgerResult & { line: string; at: string }> = {};
  try {
    all = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  } catch {
    all = {};
  }
  all[result.scenario] = { ...result, line, at: new Date().toISOString() };
  fs.writeFileSync(jsonFile, `${JSON.stringify(all, null, 2)}\n`);
  const md = [
    '# Fault suite results',
    '',
    '| scenario | submitted | accepted | projected | lost | duplicated | refused | ghosts | notes | s | at |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    ...Object.values(all).map(
      (r) =>
        `| ${r.scenario} | ${r.submitted} | ${r.accepted} | ${r.projected} | ${r.lost} | ${r.duplicated} | ${r.refused} | ${r.ghosts} | ${[
          ...(r.deadLettered !== undefined ? [`dead-lettered ${r.deadLettered}`] : []),
          ...Object.entries(r.notes).map(([k, v]) => `${k} ${v}`),
        ].join('; ')} | ${r.seconds} | ${r.at} |`,
    ),
    '',
    '```',
    ...Object.values(all).map((r) => r.line),
    '```',
    '',
  ];
  fs.writeFileSync(path.join(RESULTS_DIR, 'results.md'), md.join('\n'));
}

/** The assertions every scenario makes on its ledger. */
export function expectClean(result: LedgerResult): void {
  expect({ lost: result.lostIds, duplicated: result.duplicatedIds, ghosts: result.ghostIds, deadLetters: result.missingDeadLetters, unanswered: result.unknown }).toEqual({
    lost: [],
    duplicated: [],
    ghosts: [],
    deadLetters: [],
    unanswered: 0,
  });
  expect(result.accepted).toBeGreaterThan(0);
  expect(result.projected).toBe(result.accepted);
}
