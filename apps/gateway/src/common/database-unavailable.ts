// Errors that mean "the database cannot be reached right now", as opposed to a bad query: a client should retry
// later (HTTP 503), and a consumer should back off rather than dead-letter the event.

/** Prisma's codes for an unreachable server, a dropped connection, an exhausted pool or a transaction that could not start. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
/** The driver adapter's kinds of the same conditions (Prisma 7 reports them under meta.driverAdapterError). */
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);
/** Node socket errors, and Postgres SQLSTATEs of class 08 (connection exception), 53300, 57P01-57P03 (shutdown, cannot connect now). */
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|08\w{3}|53300|57P0[123])$/;
/** node-postgres reports a dropped or timed-out connection only in its message. */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server|Unable to start a transaction in the given time/i;

interface ErrorShape {
  name?: string;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorShape;
  if (e.name === 'PrismaClientInitializationError') return true;
  if (typeof e.code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_CODES.test(e.code))) return true;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (adapterCause?.kind && UNAVAILABLE_ADAPTER_KINDS.has(adapterCause.kind)) return true;
  if (adapterCause?.originalCode && UNAVAILABLE_CODES.test(adapterCause.originalCode)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
