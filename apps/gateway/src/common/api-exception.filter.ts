import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { fieldProblems, type ApiError } from './api-error';
import { isDatabaseUnavailable } from '@newsroom/database';
import { pathOf } from './method-not-allowed';

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toBody(exception);
    const requestId = request.headers['x-request-id'];
    if (typeof requestId === 'string') body.requestId = requestId;
    if (body.statusCode === 503) {
      this.logger.warn(`${request.method} ${pathOf(request)}: ${body.message} (${exception instanceof Error ? exception.message.split('\n').pop() : String(exception)})`);
    } else if (body.statusCode >= 500) {
      this.logger.error(`${request.method} ${pathOf(request)} failed`, exception instanceof Error ? exception.stack : String(exception));
    }
    if (response.sent || response.raw.headersSent) return;
    if (body.statusCode === 503 && !response.getHeader('Retry-After')) response.header('Retry-After', '5');
    void response.code(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof ZodValidationException) {
      const details = fieldProblems((exception.getZodError() as ZodError).issues);
      const message = details!.map((d) => `${d.field}: ${d.problem}`).join('; ');
      return { statusCode: 400, error: REASONS[400], message, details };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'object' && res !== null && 'statusCode' in res && 'message' in res && 'error' in res) {
        const r = res as ApiError & { message: string | string[] };
        return { ...r, message: Array.isArray(r.message) ? r.message.join('; ') : r.message, statusCode: status };
      }
      return { statusCode: status, error: REASONS[status] ?? 'Error', message: typeof res === 'string' ? res : exception.message };
    }
    if (isDatabaseUnavailable(exception)) {
      // Ingest reserves its record in Postgres before producing, so an ingest request that fails here wrote no event.
      return { statusCode: 503, error: REASONS[503], message: 'the database is unavailable; retry later' };
    }
    const { status, message } = (exception ?? {}) as { status?: number; message?: string };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { statusCode: status, error: REASONS[status] ?? 'Error', message: message ?? 'bad request' };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: REASONS[500], message: 'internal error' };
  }
}
