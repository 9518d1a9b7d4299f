import { BadRequestException, HttpException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@newsroom/config';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { isUtf8 } from 'node:buffer';
import { maxHeaderSize, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex, Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import helmet from 'helmet';
import { z } from 'zod';
import { fieldErrorMap, type ApiError } from './api-error';

/**
 * Set by the JSON parser: whether the body's text has a \u escape. JSON text holds a NUL only escaped (a raw control
 * character is a syntax error) and a lone surrogate only escaped (its raw bytes are not UTF-8, refused first), so a
 * body without one needs no walk through its strings (an article's text: about 5% of the gateway's CPU per submission).
 */
const HAS_ESCAPES = Symbol('body has \\u escapes');
type ParsedRequest = FastifyRequest & { [HAS_ESCAPES]?: boolean };

/** Fastify's own options: routing as the API documents it, and limits the setup below enforces itself. */
export function fastifyOptions(config: AppConfig): FastifyServerOptions {
  return {
    bodyLimit: config.MAX_BODY_BYTES,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    // HttpDrain answers the requests still arriving on open connections while the gateway shuts down, rather than 503s,
    // and closes each connection once idle: Fastify's default ('idle') closes every connection, busy or not, at close
    return503OnClosing: false,
    forceCloseConnections: false,
    // a long id gets the route's own 400 naming it, not a 404 because the router gave up on it
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: maxHeaderSize },
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode ?? 400;
      const message = error.code === 'FST_ERR_BAD_URL' ? `the request path is not valid percent-encoding (${request.url})` : error.message;
      sendApiError(reply, { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
    },
  };
}

/** An error answer in the API's shape from where Nest's exception filter is not reached. */
function sendApiError(reply: FastifyReply, body: ApiError): void {
  reply.raw.setHeaders(securityHeaders);
  void reply.code(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(body));
}

/**
 * The headers helmet() sets, worked out once: they are the same on every answer (no per-request policy here), and
 * setting them in one call costs a fraction of running helmet's dozen middlewares per request.
 */
const securityHeaders: Map<string, string> = (() => {
  const headers = new Map<string, string>();
  const recorder = { setHeader: (name: string, value: unknown) => headers.set(name, String(value)), removeHeader: () => undefined };
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
})();

/** Body limits, content types, security headers and CORS: everything that runs before a controller. */
export function applyHttpSetup(app: NestFastifyApplication, config: AppConfig): void {
  z.config({ customError: fieldErrorMap });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  // Set on the Node response, so that answers Nest writes itself (server-sent events) carry them too.
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.raw.setHeaders(securityHeaders);
    done();
  });
  if (config.CORS_ORIGINS.length) app.enableCors({ origin: config.CORS_ORIGINS, credentials: false });
  fastify.addHook('onRequest', (request, _reply, done) => done(refusedContentType(request)));
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (request, payload, done) => {
    readJsonBody(request as ParsedRequest, payload, config.MAX_BODY_BYTES).then(
      (body) => done(null, body),
      (error: Error) => done(error, undefined),
    );
  });
  fastify.addHook('preValidation', (request, _reply, done) => done(unstorableTextError(request as ParsedRequest)));
  const server = app.getHttpServer() as Server;
  server.removeAllListeners('clientError');
  server.on('clientError', (error: ClientError, socket: Duplex) => answerClientError(server, error, socket));
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const hasBody = (request: FastifyRequest) => Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
const mediaType = (contentType: string | undefined) => contentType?.split(';', 1)[0].trim().toLowerCase();

/** A body that is not UTF-8 JSON is refused before it is read: 415 naming the type (or charset) given. */
function refusedContentType(request: FastifyRequest): Error | undefined {
  if (!BODY_METHODS.has(request.method) || !hasBody(request)) return undefined;
  const contentType = request.headers['content-type'];
  if (mediaType(contentType) !== 'application/json') {
    return new UnsupportedMediaTypeException(`Content-Type must be application/json (got ${contentType ?? 'none'})`);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) return new UnsupportedMediaTypeException('request body must be UTF-8 JSON');
  return undefined;
}

const DECODERS: Record<string, (() => NodeJS.ReadWriteStream) | undefined> = {
  identity: undefined,
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * The body as JSON: decompressed as its Content-Encoding says, at most `limit` bytes (before and after decompressing),
 * UTF-8, and an object or an array (a bare string or number is not an API body). An empty body is `{}`.
 */
async function readJsonBody(request: ParsedRequest, payload: Readable, limit: number): Promise<unknown> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (!(encoding in DECODERS)) {
    payload.resume();
    throw new UnsupportedMediaTypeException(`unsupported content encoding "${encoding}": use identity, gzip, deflate or br`);
  }
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    payload.resume();
    throw new PayloadTooLargeException('request body is larger than the limit');
  }
  const decoder = DECODERS[encoding]?.();
  const bytes = await readAtMost(decoder ? payload.pipe(decoder) : payload, limit).catch((error: Error & { code?: string }) => {
    payload.resume();
    if (error instanceof HttpException) throw error;
    if (decoder && /^Z_|^ERR_BROTLI/.test(error.code ?? '')) {
      throw new BadRequestException(`request body could not be decompressed as its Content-Encoding says (${error.message})`);
    }
    throw error;
  });
  if (!isUtf8(bytes)) throw new BadRequestException('request body is not valid UTF-8');
  if (bytes.length === 0) return {};
  const text = bytes.toString('utf8');
  request[HAS_ESCAPES] = text.includes('\\u');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new BadRequestException(`malformed JSON: ${(error as Error).message}`);
  }
  if (typeof body !== 'object' || body === null) throw new BadRequestException('malformed JSON: the body must be a JSON object or array');
  return body;
}

function readAtMost(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    stream.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        stream.removeAllListeners('data');
        reject(new PayloadTooLargeException('request body is larger than the limit'));
      } else chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks, length)));
  });
}

/**
 * PostgreSQL text and jsonb cannot hold a NUL character or an unpaired UTF-16 surrogate ("\u0000", a lone
 * "\ud800" in JSON, %00 in a query): refused here with the field or parameter named, instead of a 500 from the
 * database (or, worse, an event on the log that no projection can store).
 */
function unstorableTextError(request: ParsedRequest): Error | undefined {
  const found = unstorableText(request.query, 'query') ?? (request[HAS_ESCAPES] === false ? undefined : unstorableText(request.body, 'body'));
  if (!found) return undefined;
  const problem = found.nul ? 'contains a NUL character (\\u0000)' : 'contains an unpaired UTF-16 surrogate, not a Unicode character';
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `${found.field}: ${problem}`, details: [{ field: found.field, problem }] });
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
 * What Node's HTTP parser refuses never reaches the router: by default a bare 400 or 431 without a body. Here it gets
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
