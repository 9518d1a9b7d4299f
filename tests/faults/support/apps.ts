// The fault suite's processes and load: the built gateway and projector as child processes (dist/, `npm run build`),
// each started on its own free port and waited for, and a steady ingest through the gateway recorded in a Ledger.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { appEntry, startApp, type AppName, type AppProcess } from '../../../scripts/start/app-process';
import { generatedText, seededRandom } from '../../support/generated-events';
import { freePort } from '../../support/test-env';
import type { Ledger } from './ledger';

export interface ChildApp {
  app: AppProcess;
  /** http://127.0.0.1:<port> of the gateway, or of the projector's health endpoint. */
  url: string;
  env: Record<string, string>;
  /** The last lines the process wrote (for failure messages). */
  output: string[];
}

const built = (name: AppName) => {
  if (!fs.existsSync(appEntry(name))) throw new Error(`${appEntry(name)} is missing: run \`npm run build\` (npm run test:faults does)`);
};

/** Starts a built app with `env` (on `port`, or a free one) and resolves once GET /health answers 200. */
export async function startChild(name: AppName, env: Record<string, string>, options: { port?: string; timeoutMs?: number } = {}): Promise<ChildApp> {
  built(name);
  const timeoutMs = options.timeoutMs ?? 90_000;
  const port = options.port ?? String(await freePort());
  const full: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...env,
    ...(name === 'gateway' ? { GATEWAY_PORT: port } : { PROJECTOR_HEALTH_PORT: port }),
  };
  const output: string[] = [];
  const app = startApp(name, full, (line) => {
    output.push(line);
    if (output.length > 200) output.shift();
    if (process.env.FAULTS_VERBOSE === '1') process.stdout.write(`[${name}] ${line}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await app.waitHealthy(`${url}/health`, timeoutMs);
  } catch (error) {
    await app.kill();
    throw new Error(`${(error as Error).message}\n${output.slice(-20).join('\n')}`);
  }
  return { app, url, env: full, output };
}

/** A projector with a consumer group of its own for this start: it can only resume from the offsets in Postgres. */
export function startProjector(env: Record<string, string>, extra: Record<string, string> = {}): Promise<ChildApp> {
  return startChild('projector', { ...env, PROJECTOR_GROUP_ID: `${env.PROJECTOR_GROUP_ID}-${randomUUID().slice(0, 8)}`, ...extra });
}

export interface IngestLoad {
  /** Stops sending new requests and waits for the ones in flight. */
  stop(): Promise<void>;
  sent(): number;
}

export interface IngestOptions {
  /** Base URL, read before every request (a restarted gateway may listen elsewhere). */
  url: () => string;
  key: string;
  ledger: Ledger;
  prefix: string;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Pause of each worker between two requests. */
  pauseMs?: number;
  seed?: number;
  /** Stop after this many requests. */
  limit?: number;
}

/** One POST /api/articles for a new article id, recorded in the ledger by its answer. */
export async function submitOnce(url: string, key: string, ledger: Ledger, articleId: string, text: string, register = true): Promise<number | string> {
  if (register) ledger.submit(articleId);
  try {
    const response = await fetch(`${url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ id: articleId, text, outlet: 'Faults', publishedAt: '2024-03-01' }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as { eventId?: string; duplicate?: boolean };
    if (response.status === 202 && body.eventId) ledger.accept(articleId, body.eventId);
    else ledger.refuse(articleId, response.status);
    return response.status === 202 && body.duplicate ? '202 duplicate' : response.status;
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    // Refused: the request never reached a gateway (none listening), a definite "not stored". Anything else (a reset,
    // "other side closed", a timeout) leaves the client not knowing: the scenario retries it.
    if (cause?.code === 'ECONNREFUSED') {
      ledger.refuse(articleId, 'ECONNREFUSED');
      await new Promise((r) => setTimeout(r, 100));
      return 'ECONNREFUSED';
    }
    const message = `${cause?.code ?? ''} ${cause?.message ?? (error as Error).message}`.trim();
    ledger.unknown(articleId, message);
    return message;
  }
}

/** Texts by article id, so a retry sends exactly the same request. */
const texts = new Map<string, string>();

/** Steady ingest: `concurrency` workers each sending one new article at a time until stopped. */
export function steadyIngest(options: IngestOptions): IngestLoad {
  const random = seededRandom(options.seed ?? 2026);
  let running = true;
  let n = 0;
  const worker = async () => {
    while (running && (options.limit === undefined || n < options.limit)) {
      const articleId = `${options.prefix}-${n++}`;
      const text = generatedText(random);
      texts.set(articleId, text);
      await submitOnce(options.url(), options.key, options.ledger, articleId, text);
      if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
    }
  };
  const workers = Array.from({ length: options.concurrency ?? 3 }, worker);
  return {
    sent: () => n,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

/**
 * Requests whose connection broke (or that never got an answer) are sent again, same id and text, as a client
 * would: each must end with a definite answer, and the log must still hold at most one live event per article.
 */
export async function retryUnanswered(url: string, key: string, ledger: Ledger): Promise<{ answers: Record<string, number>; notAccepted: string[] }> {
  const ids = ledger.unanswered();
  const answers: Record<string, number> = {};
  const notAccepted: string[] = [];
  for (const id of ids) {
    let status: number | string = 'not sent';
    for (let attempt = 0; attempt < 3; attempt++) {
      status = await submitOnce(url, key, ledger, id, texts.get(id) ?? '', false);
      if (status === 202 || status === '202 duplicate' || (typeof status === 'number' && status < 500)) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    answers[String(status)] = (answers[String(status)] ?? 0) + 1;
    if (status !== 202 && status !== '202 duplicate') notAccepted.push(id);
  }
  return { answers, notAccepted };
}

/** Environment of the gateway for load: no rate limit in the way. */
export const LOAD_ENV = { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
