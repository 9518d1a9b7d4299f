// Idle keep-alive connections: the gateway keeps one open HTTP_KEEP_ALIVE_TIMEOUT_MS (65 s by default, longer than
// clients' and load balancers' idle timeouts, so that they close first), then closes it.
import { connect, type Socket } from 'node:net';
import { useGateway } from '../../support/ingest';

const IDLE_MS = 1_500;

/** Sends one GET /health on `socket` and resolves once its whole answer (headers and Content-Length bytes) is in. */
function getHealth(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(received)?.[1] ?? NaN);
      if (end !== -1 && received.length >= end + 4 + length) {
        socket.off('data', onData);
        resolve(received.slice(0, received.indexOf('\r\n')));
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  });
}

describe('gateway: idle keep-alive connections', () => {
  const fixture = useGateway({ HTTP_KEEP_ALIVE_TIMEOUT_MS: String(IDLE_MS) });

  it('keeps an idle connection open for HTTP_KEEP_ALIVE_TIMEOUT_MS, then closes it', async () => {
    const socket = connect(Number(new URL(fixture.gateway.url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    expect(await getHealth(socket)).toBe('HTTP/1.1 200 OK');
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS * 0.6));
    // still open after most of the idle time: the same connection answers again
    expect(await getHealth(socket)).toBe('HTTP/1.1 200 OK');
    const idleSince = Date.now();
    const idleFor = (await closed) - idleSince;
    expect(idleFor).toBeGreaterThanOrEqual(IDLE_MS - 100);
    expect(idleFor).toBeLessThan(IDLE_MS + 2_000);
  });
});
