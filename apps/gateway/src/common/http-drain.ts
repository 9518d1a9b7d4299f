import { Injectable, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Server } from 'node:http';

/**
 * Graceful shutdown of the HTTP server under keep-alive load. Node's `server.close()` stops accepting connections and
 * closes the idle ones once, but a keep-alive client that keeps sending (a load balancer, a busy publisher) keeps its
 * connection busy, so the server never finishes closing and the process is SIGKILLed at the end of its grace period,
 * cutting the requests then in flight. Once shutting down, every answer asks the client to close the connection
 * (`Connection: close`), and connections are closed as soon as they are idle: the requests in flight are answered,
 * then the server closes.
 */
@Injectable()
export class HttpDrain implements BeforeApplicationShutdown, OnApplicationShutdown {
  private closing = false;
  private timer?: NodeJS.Timeout;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** An onRequest hook (bootstrap.ts adds it first). */
  readonly hook = (_request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    if (this.closing) reply.raw.setHeader('Connection', 'close');
    done();
  };

  /**
   * Runs just before Nest closes the HTTP server (which closes the connections idle at that moment). The others are
   * closed by their client after the `Connection: close` answer, or by the server when idle past its keep-alive
   * timeout, checked every second: closing idle connections more often races with clients reusing them.
   */
  beforeApplicationShutdown(): void {
    this.closing = true;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.closeIdleConnections) return;
    this.timer = setInterval(() => server.closeIdleConnections(), 1_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
