import * as path from 'path';
import { ConfigError, REPO_ROOT, kafkaLibsDir, kafkaRunDir, loadInfraConfig, resolveCacheDir, resolveRunDir } from './config';

describe('infra config', () => {
  it('has sane defaults', () => {
    const cfg = loadInfraConfig({}, '/home/u');
    expect(cfg.cacheDir).toBe('/home/u/.cache/newsroom');
    expect(cfg.runDir).toBe(path.join(REPO_ROOT, '.run'));
    expect(cfg.kafka).toMatchObject({ version: '3.9.2', host: '127.0.0.1', port: 9092, controllerPort: 9093, heapMb: 512 });
    expect(cfg.kafka.dataDir).toBeUndefined();
    expect(cfg.postgres).toMatchObject({
      mode: 'auto',
      database: 'newsroom',
      localHost: '127.0.0.1',
      localPort: 5432,
      localUser: 'postgres',
      embeddedPort: 54329,
    });
  });

  it('reads every variable', () => {
    const cfg = loadInfraConfig(
      {
        KAFKA_PORT: '19092',
        KAFKA_HEAP_MB: '384',
        KAFKA_HOST: 'localhost',
        KAFKA_DATA_DIR: '/tmp/kdata',
        KAFKA_JVM_OPTS: ' -Dx=1   -Dy=2 ',
        NEWSROOM_MAVEN_ARGS: '-s /tmp/settings.xml',
        NEWSROOM_RUN_DIR: '/tmp/run',
        NEWSROOM_POSTGRES: 'embedded',
        NEWSROOM_DATABASE: 'newsroom_dev',
        DATABASE_URL: 'postgresql://a:b@db:5432/x',
        PGHOST: 'pg',
        PGPORT: '5433',
        EMBEDDED_PG_PORT: '55000',
      },
      '/home/u',
    );
    expect(cfg.kafka).toMatchObject({ port: 19092, controllerPort: 19093, heapMb: 384, host: 'localhost', dataDir: '/tmp/kdata' });
    expect(cfg.kafka.jvmOpts).toEqual(['-Dx=1', '-Dy=2']);
    expect(cfg.kafka.mavenArgs).toEqual(['-s', '/tmp/settings.xml']);
    expect(cfg.runDir).toBe('/tmp/run');
    expect(cfg.postgres).toMatchObject({
      mode: 'embedded',
      database: 'newsroom_dev',
      databaseUrl: 'postgresql://a:b@db:5432/x',
      localHost: 'pg',
      localPort: 5433,
      embeddedPort: 55000,
    });
  });

  it('defaults the controller port to the broker port + 1', () => {
    expect(loadInfraConfig({ KAFKA_PORT: '29092' }).kafka.controllerPort).toBe(29093);
    expect(loadInfraConfig({ KAFKA_PORT: '29092', KAFKA_CONTROLLER_PORT: '39093' }).kafka.controllerPort).toBe(39093);
  });

  it.each([
    [{ KAFKA_PORT: 'abc' }, /KAFKA_PORT must be a TCP port/],
    [{ KAFKA_PORT: '70000' }, /KAFKA_PORT/],
    [{ KAFKA_PORT: '9092', KAFKA_CONTROLLER_PORT: '9092' }, /must differ/],
    [{ KAFKA_HEAP_MB: '64' }, /KAFKA_HEAP_MB must be an integer >= 128/],
    [{ KAFKA_VERSION: '4.1.0' }, /KAFKA_VERSION must be a Kafka 3.x release/],
    [{ NEWSROOM_POSTGRES: 'docker' }, /NEWSROOM_POSTGRES must be one of/],
    [{ NEWSROOM_POSTGRES: 'env' }, /needs DATABASE_URL/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgresql/],
    [{ NEWSROOM_DATABASE: 'a;drop' }, /NEWSROOM_DATABASE/],
  ])('rejects %j', (env, message) => {
    expect(() => loadInfraConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadInfraConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it('treats empty variables as unset', () => {
    expect(loadInfraConfig({ KAFKA_PORT: '', DATABASE_URL: ' ' }).kafka.port).toBe(9092);
    expect(loadInfraConfig({ DATABASE_URL: ' ' }).postgres.databaseUrl).toBeUndefined();
  });

  it('resolves the cache dir: NEWSROOM_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(resolveCacheDir({ NEWSROOM_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' }, '/h')).toBe('/c');
    expect(resolveCacheDir({ XDG_CACHE_HOME: '/x' }, '/h')).toBe('/x/newsroom');
    expect(resolveCacheDir({}, '/h')).toBe('/h/.cache/newsroom');
    expect(resolveRunDir({}, '/repo')).toBe('/repo/.run');
    expect(resolveRunDir({ NEWSROOM_RUN_DIR: '/r' }, '/repo')).toBe('/r');
  });

  it('lays out cache and run dirs per version and port', () => {
    expect(kafkaLibsDir('/c', '3.9.2')).toBe('/c/kafka-3.9.2/libs');
    expect(kafkaRunDir('/r', 9092)).toBe('/r/kafka-9092');
  });
});
