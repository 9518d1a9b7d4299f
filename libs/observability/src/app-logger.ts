import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/** Fields that may hold a secret, wherever a caller puts them: pino replaces their values before writing. */
export const REDACTED_PATHS = [
  'apiKey', 'secret', 'password', 'authorization', '*.apiKey', '*.secret', '*.password', '*.authorization',
  'headers["x-api-key"]', 'headers.authorization', '*.headers["x-api-key"]', '*.headers.authorization',
];

/**
 * The process's structured logger: one JSON object per line on stdout, with the service name, the level as a word
 * and an ISO time, so log shippers need no parsing rules. `destination` is for tests.
 */
export function createAppLogger(service: string, level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Nest's logger interface on pino: every `new Logger(context)` of the apps, and Nest's own messages, become JSON
 * lines with `context`. A message may be followed by an object of fields (request or event ids) instead of a context.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack, context); a stack is kept as a field, not glued to the message.
    const [maybeStack, ...others] = rest;
    if (typeof maybeStack === 'string' && /\n\s+at /.test(maybeStack)) this.write('error', message, others, { stack: maybeStack });
    else this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }
  setLogLevels(_levels: LogLevel[]): void {
    // the level is pino's, set from LOG_LEVEL
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[], extra: Record<string, unknown> = {}): void {
    // below LOG_LEVEL (the gateway's line per request at warn): not even its fields are gathered
    if (!this.logger.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = { ...extra };
    for (const item of rest) {
      if (typeof item === 'string') fields.context = item;
      else if (item && typeof item === 'object') Object.assign(fields, item);
    }
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (message && typeof message === 'object') this.logger[level]({ ...fields, ...(message as object) });
    else this.logger[level](fields, String(message));
  }
}
