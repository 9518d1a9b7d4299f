import { Writable } from 'node:stream';
import { createAppLogger, NestPinoLogger } from './app-logger';

/** A logger writing into an array of parsed JSON lines. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: new NestPinoLogger(createAppLogger('gateway', level, sink)) };
}

describe('structured logs', () => {
  it('writes one JSON object per line with service, level, time, context and the fields given', () => {
    const { lines, logger } = capture();
    logger.log('request finished', { requestId: 'r-1', status: 202 }, 'Http');
    expect(lines).toEqual([
      expect.objectContaining({ service: 'gateway', level: 'info', msg: 'request finished', context: 'Http', requestId: 'r-1', status: 202, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }),
    ]);
  });

  it('never writes an API key or an authorization header, wherever it is put', () => {
    const { lines, logger } = capture();
    logger.warn('refused', { apiKey: 'nk_secret', headers: { 'x-api-key': 'nk_secret', authorization: 'Bearer nk_secret' } });
    expect(JSON.stringify(lines)).not.toContain('nk_secret');
    expect(lines[0]).toMatchObject({ apiKey: '[redacted]', headers: { 'x-api-key': '[redacted]', authorization: '[redacted]' } });
  });

  it('keeps an error’s stack as a field and leaves out what is below the level', () => {
    const { lines, logger } = capture('warn');
    logger.debug('noise');
    logger.error('POST /api/articles failed', 'Error: boom\n    at handler (x.ts:1:1)', 'ApiExceptionFilter');
    expect(lines).toEqual([expect.objectContaining({ level: 'error', msg: 'POST /api/articles failed', context: 'ApiExceptionFilter', stack: expect.stringContaining('at handler') })]);
  });
});
