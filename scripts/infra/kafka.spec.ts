import {
  MESSAGE_MAX_BYTES,
  jvmArgs,
  newClusterId,
  renderFetchPom,
  renderLog4jProperties,
  renderProperties,
  renderServerProperties,
} from './kafka';

function parse(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    expect(map.has(line.slice(0, i))).toBe(false); // no duplicate keys
    map.set(line.slice(0, i), line.slice(i + 1));
  }
  return map;
}

describe('server.properties', () => {
  const props = parse(renderServerProperties({ host: '127.0.0.1', port: 19092, controllerPort: 19093, dataDir: '/tmp/k/data' }));

  it('describes one combined KRaft node on the given ports', () => {
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('node.id')).toBe('1');
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:19093');
    expect(props.get('listeners')).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(props.get('advertised.listeners')).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(props.get('controller.listener.names')).toBe('CONTROLLER');
    expect(props.get('log.dirs')).toBe('/tmp/k/data');
  });

  it('has the settings the project relies on', () => {
    expect(props.get('auto.create.topics.enable')).toBe('false');
    expect(props.get('group.initial.rebalance.delay.ms')).toBe('0');
    expect(props.get('offsets.topic.replication.factor')).toBe('1');
    expect(props.get('transaction.state.log.replication.factor')).toBe('1');
    expect(props.get('transaction.state.log.min.isr')).toBe('1');
    expect(props.get('num.partitions')).toBe('1');
    expect(Number(props.get('message.max.bytes'))).toBe(MESSAGE_MAX_BYTES);
    expect(MESSAGE_MAX_BYTES).toBeGreaterThan(2 * 1024 * 1024 + 64 * 1024);
    expect(Number(props.get('replica.fetch.max.bytes'))).toBeGreaterThanOrEqual(MESSAGE_MAX_BYTES);
  });

  it('leaves retention to the topics (no global infinite retention)', () => {
    for (const key of ['log.retention.ms', 'log.retention.hours', 'log.retention.bytes']) expect(props.has(key)).toBe(false);
  });

  it('applies overrides in place and adds new keys', () => {
    const text = renderServerProperties({
      host: 'h',
      port: 1,
      controllerPort: 2,
      dataDir: '/d',
      overrides: { 'num.partitions': 3, 'log.segment.bytes': 1048576 },
    });
    const p = parse(text);
    expect(p.get('num.partitions')).toBe('3');
    expect(p.get('log.segment.bytes')).toBe('1048576');
  });

  it('escapes backslashes and refuses newlines', () => {
    expect(renderProperties({ 'log.dirs': 'C:\\k' })).toBe('log.dirs=C:\\\\k\n');
    expect(() => renderProperties({ a: 'x\ny' })).toThrow(/newline/);
  });
});

describe('other generated files', () => {
  it('log4j config logs to stdout through reload4j', () => {
    const text = renderLog4jProperties();
    expect(text).toMatch(/^log4j.rootLogger=INFO, stdout$/m);
    expect(text).toMatch(/ConsoleAppender/);
  });

  it('fetch pom names the broker artifact and the logging backend', () => {
    const pom = renderFetchPom('3.9.2', '1.7.36');
    expect(pom).toMatch(/<artifactId>kafka_2.13<\/artifactId>\s*<version>3.9.2<\/version>/);
    expect(pom).toMatch(/<artifactId>slf4j-reload4j<\/artifactId>\s*<version>1.7.36<\/version>/);
    expect(pom).toMatch(/<packaging>pom<\/packaging>/);
  });

  it('cluster ids look like Kafka Uuids', () => {
    for (let i = 0; i < 200; i++) {
      const id = newClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });

  it('JVM args bound the heap and point at the log4j file', () => {
    const args = jvmArgs({ heapMb: 512, log4jFile: '/r/log4j.properties', runDir: '/r', extra: ['-Dfoo=1'] });
    expect(args).toContain('-Xmx512m');
    expect(args).toContain('-Xms256m');
    expect(args).toContain('-Dlog4j.configuration=file:/r/log4j.properties');
    expect(args[args.length - 1]).toBe('-Dfoo=1');
    expect(jvmArgs({ heapMb: 200, log4jFile: 'l', runDir: 'r' })).toContain('-Xms200m');
  });
});
