import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { isAlive, isPortOpen, parseJavaMajor, readPidFile, tailFile, withLock, writePidFile } from './process';

describe('process helpers', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-spec-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parses java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });

  it('round-trips pid files', () => {
    const file = path.join(dir, 'a', 'x.pid');
    expect(readPidFile(file)).toBeUndefined();
    writePidFile(file, 1234);
    expect(readPidFile(file)).toBe(1234);
    fs.writeFileSync(file, 'garbage');
    expect(readPidFile(file)).toBeUndefined();
  });

  it('tells live processes from dead ones', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(2 ** 22 + 12345)).toBe(false);
  });

  it('tails files', () => {
    const file = path.join(dir, 'log');
    fs.writeFileSync(file, 'a\nb\nc\nd\n');
    expect(tailFile(file, 2)).toBe('c\nd');
    expect(tailFile(path.join(dir, 'missing'))).toBe('');
  });

  it('sees open and closed ports', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as net.AddressInfo;
    expect(await isPortOpen('127.0.0.1', port)).toBe(true);
    await new Promise((r) => server.close(r));
    expect(await isPortOpen('127.0.0.1', port)).toBe(false);
  });

  it('serialises work under a lock and releases it, taking over a dead owner', async () => {
    const lock = path.join(dir, 'l', '.lock');
    const order: string[] = [];
    await Promise.all([
      withLock(lock, 5000, async () => {
        order.push('a+');
        await new Promise((r) => setTimeout(r, 100));
        order.push('a-');
      }),
      new Promise((r) => setTimeout(r, 10)).then(() =>
        withLock(lock, 5000, async () => {
          order.push('b+');
          order.push('b-');
        }),
      ),
    ]);
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-']);
    expect(fs.existsSync(lock)).toBe(false);
    fs.writeFileSync(lock, '999999999\n'); // dead owner
    await expect(withLock(lock, 1000, async () => 'ok')).resolves.toBe('ok');
    expect(fs.existsSync(lock)).toBe(false);
  });
});
