import { BadRequestException, HttpException, UnsupportedMediaTypeException, type INestApplication } from '@nestjs/common';
import type { AppConfig } from '@newsroom/config';
import { isUtf8 } from 'node:buffer';
import { maxHeaderSize, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import { fieldErrorMap } from './api-error';

/**
 * Set by the JSON parser: whether the body's text has a \u escape. JSON text holds a NUL only escaped (a raw control
 * character is a syntax error) and a lone surrogate only escaped (its raw bytes are not UTF-8, refused first), so a
 * body without one needs no walk through its strings (an article's text: about 5% of the gateway's CPU per submission).
 */
const HAS_ESCAPES = Symbol('body has \\u escapes');
type ParsedRequest = Request & { [HAS_ESCAPES]?: boolean };

class InvalidUtf8Error extends Error {
  readonly status = 400;
  readonly type = 'entity.verify.failed';
}

/** Body limits, content types, security headers and CORS: everything that runs before a controller. */
export function applyHttpSetup(app: INestApplication, config: AppConfig): void {
  z.config({ customError: fieldErrorMap });
  const expressApp = app.getHttpAdapter().getInstance();
  expressApp.disable('x-powered-by');
  // Express would hash every other answer (SHA-1) for a weak ETag: GET answers get a strong one (GatewayHttpAdapter),
  // and an ETag on a 202 or an error is of no use to anyone.
  expressApp.set('etag', false);
  const securityHeaders = helmetHeaders();
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeaders(securityHeaders);
    next();
  });
  app.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: false });
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method) && hasBody && !req.is('application/json')) {
      return next(new UnsupportedMediaTypeException(`Content-Type must be application/json (got ${req.headers['content-type'] ?? 'none'})`));
    }
    // body-parser decodes any "utf-*" charset (UTF-16 bytes would fail as malformed JSON): only UTF-8 is JSON here
    const charset = hasBody ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1] : undefined;
    if (charset && !/^utf-?8$/i.test(charset)) return next(new UnsupportedMediaTypeException('request body must be UTF-8 JSON'));
    next();
  });
  const parseJson = express.json({
    limit: config.MAX_BODY_BYTES,
    strict: true,
    verify: (req, _res, buf) => {
      if (!isUtf8(buf)) {
        throw new InvalidUtf8Error('request body is not valid UTF-8');
      }
      (req as ParsedRequest)[HAS_ESCAPES] = buf.includes('\\u');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => parseJson(req, res, (error?: unknown) => next(error && bodyError(error))));
  app.use(refuseUnstorableText);
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = config.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  server.removeAllListeners('clientError');
  server.on('clientError', (error: ClientError, socket: Duplex) => answerClientError(server, error, socket));
}

/**
 * The headers helmet() sets, worked out once: they are the same on every answer (no per-request policy here), and
 * setting them in one call costs a fraction of running helmet's dozen middlewares per request.
 */
function helmetHeaders(): Map<string, string> {
  const headers = new Map<string, string>();
  const recorder = { setHeader: (name: string, value: unknown) => headers.set(name, String(value)), removeHeader: () => undefined };
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * PostgreSQL text and jsonb cannot hold a NUL character or an unpaired UTF-16 surrogate ("\u0000", a lone
 * "\ud800" in JSON, %00 in a query): refused here with the field or parameter named, instead of a 500 from the
 * database (or, worse, an event on the log that no projection can store).
 */
function refuseUnstorableText(req: Request, _res: Response, next: NextFunction): void {
  const found = unstorableText(req.query, 'query') ?? ((req as ParsedRequest)[HAS_ESCAPES] === false ? undefined : unstorableText(req.body, 'body'));
  if (!found) return next();
  const problem = found.nul ? 'contains a NUL character (\\u0000)' : 'contains an unpaired UTF-16 surrogate, not a Unicode character';
  next(new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `${found.field}: ${problem}`, details: [{ field: found.field, problem }] }));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Visit {
  value: unknown;
  key: string;
  parent?: Visit;
}

/** The first string (or key) of a parsed query or JSON body that is not storable text; iterative, for deep JSON. */
function unstorableText(root: unknown, where: 'query' | 'body'): { field: string; nul: boolean } | undefined {
  const bad = (s: string) => (s.includes('\0') ? 'nul' : LONE_SURROGATE.test(s) ? 'surrogate' : undefined);
  const pathOf = (visit: Visit): string => {
    const keys: string[] = [];
    for (let v: Visit | undefined = visit; v?.parent; v = v.parent) keys.unshift(v.key);
    return keys.length ? keys.join('.') : `(${where})`;
  };
  const stack: Visit[] = [{ value: root, key: '' }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      const kind = bad(value);
      if (kind) return { field: pathOf(visit), nul: kind === 'nul' };
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const kind = bad(key);
        if (kind) return { field: pathOf({ value: child, key: JSON.stringify(key).slice(1, -1), parent: visit }), nul: kind === 'nul' };
        stack.push({ value: child, key, parent: visit });
      }
    }
  }
  return undefined;
}

type ClientError = Error & { code?: string; rawPacket?: Buffer };

/**
 * What Node's HTTP parser refuses never reaches Express: by default a bare 400 or 431 without a body. Here it gets
 * the API's error shape, and an over-long request line (a huge query string) is told apart from over-large headers:
 * 414 when the request line alone takes more than half of the header limit or does not end in the bytes read.
 */
function answerClientError(server: Server, error: ClientError, socket: Duplex): void {
  const busy = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === 'ECONNRESET' || !socket.writable || busy) {
    socket.destroy(error);
    return;
  }
  let status = 400;
  let message = `malformed HTTP request (${error.code ?? error.message})`;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const limit = (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? maxHeaderSize;
    const head = error.rawPacket?.subarray(0, limit + 2).toString('latin1') ?? '';
    const lineEnd = head.indexOf('\r\n');
    const requestLineTooLong = /^[A-Z]+ /.test(head) && (lineEnd === -1 || lineEnd > limit / 2);
    status = requestLineTooLong ? 414 : 431;
    message = requestLineTooLong ? `the request URL is too long (the request line and headers may take ${limit} bytes)` : `the request headers are too large (at most ${limit} bytes)`;
  } else if (error.code === 'HPE_HEADER_TIMEOUT' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    message = 'the request was not received in time';
  }
  const body = JSON.stringify({ statusCode: status, error: STATUS_CODES[status], message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** body-parser errors carry a status and a type; they become answers a client can act on. */
function bodyError(error: unknown): unknown {
  const { status, type, message } = error as { status?: number; type?: string; message?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return error;
  switch (type) {
    case 'entity.parse.failed':
      return new HttpException(`malformed JSON: ${message}`, status);
    case 'entity.too.large':
      return new HttpException(`request body is larger than the limit`, status);
    case 'encoding.unsupported':
      return new HttpException(`${message}: use identity, gzip, deflate or br`, status);
    case 'charset.unsupported':
      return new HttpException('request body must be UTF-8 JSON', status);
    default:
      if (typeof (error as { code?: unknown }).code === 'string' && /^Z_|^ERR_BROTLI/.test((error as { code: string }).code)) {
        return new HttpException(`request body could not be decompressed as its Content-Encoding says (${message})`, status);
      }
      return new HttpException(message ?? 'bad request', status);
  }
}
