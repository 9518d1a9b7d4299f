// A real single-node Apache Kafka broker (KRaft, combined broker+controller) started by the project itself:
// jars from Maven Central (cached outside git, first run only), config + data under .run/, detached JVM, pid file.
//
// Why Kafka 3.9.x: kafkajs 2.2.4 (unmaintained since 2023) speaks old protocol versions only. Kafka 3.9 is the last
// line that still accepts every old request version; Kafka 4.x removed many of them (KIP-896), so kafkajs against a
// 4.x broker is untested territory. 3.9 also still runs on Java 11+, and kafka.Kafka / kafka.tools.StorageTool live
// in the single artifact org.apache.kafka:kafka_2.13.
//
// Library functions never call process.exit: they throw InfraError (one-line, user-facing message). Only infra.ts exits.
import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Kafka, logLevel } from 'kafkajs';
import {
  SLF4J_RELOAD4J_VERSION,
  kafkaLibsDir,
  kafkaRunDir,
  loadInfraConfig,
} from './config';
import {
  InfraError,
  findJava,
  findMaven,
  isAlive,
  isOurProcess,
  isPortOpen,
  killNow,
  readPidFile,
  removeFile,
  sendSignal,
  sleep,
  tailFile,
  terminate,
  withLock,
  writePidFile,
} from './process';

/** Pinned so that a warm ~/.m2 needs no plugin metadata look-up (3.8.1 needs Maven 3.6.3+). */
export const MAVEN_DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export type Logger = (line: string) => void;
export const defaultLogger: Logger = (line) => console.log(`[infra] ${line}`);
const silent: Logger = () => undefined;

// ---------------------------------------------------------------------------------------------------------------
// Pure parts (unit-tested in kafka.spec.ts)

export type BrokerProps = Record<string, string | number | boolean>;

export interface ServerPropertiesInput {
  host: string;
  port: number;
  controllerPort: number;
  dataDir: string;
  nodeId?: number;
  /** Overrides / additions, e.g. { 'log.segment.bytes': 1048576 }. */
  overrides?: BrokerProps;
}

/** Largest record batch the broker accepts: room for ~2 MB messages plus batch overhead. */
export const MESSAGE_MAX_BYTES = 4 * 1024 * 1024;

export function serverPropertiesMap(input: ServerPropertiesInput): BrokerProps {
  const { host, port, controllerPort, dataDir } = input;
  const nodeId = input.nodeId ?? 1;
  const props: BrokerProps = {
    // one combined KRaft node
    'process.roles': 'broker,controller',
    'node.id': nodeId,
    'controller.quorum.voters': `${nodeId}@${host}:${controllerPort}`,
    listeners: `PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${host}:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': dataDir,
    // topics are created explicitly, each with its own retention (no global log.retention.ms=-1 here)
    'auto.create.topics.enable': false,
    'delete.topic.enable': true,
    'num.partitions': 1,
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 10,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'transaction.state.log.num.partitions': 10,
    // consumer groups start at once instead of waiting 3 s for more members (tests)
    'group.initial.rebalance.delay.ms': 0,
    // after a crash (SIGKILL) the restarted node must wait for its old broker session to expire before it can
    // register again (DUPLICATE_BROKER_REGISTRATION): 5 s instead of 9 s makes crash/restart tests quicker
    'broker.session.timeout.ms': 5000,
    'broker.heartbeat.interval.ms': 1000,
    // ~2 MB messages (article bodies with their extraction results)
    'message.max.bytes': MESSAGE_MAX_BYTES,
    'replica.fetch.max.bytes': MESSAGE_MAX_BYTES,
    // small footprint for a 2-core laptop / CI machine
    'num.network.threads': 2,
    'num.io.threads': 4,
    'background.threads': 4,
    'num.recovery.threads.per.data.dir': 1,
    'log.segment.bytes': 64 * 1024 * 1024,
    'log.index.size.max.bytes': 1024 * 1024,
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
    'log.cleaner.threads': 1,
  };
  for (const [k, v] of Object.entries(input.overrides ?? {})) props[k] = v;
  return props;
}

export function renderProperties(props: BrokerProps, header?: string): string {
  const lines = header ? header.split('\n').map((l) => `# ${l}`) : [];
  for (const [k, v] of Object.entries(props)) {
    if (/[\r\n]/.test(String(v))) throw new InfraError(`broker property ${k} must not contain a newline`);
    // java.util.Properties: backslashes are escapes (Windows paths would need doubling)
    lines.push(`${k}=${String(v).replace(/\\/g, '\\\\')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderServerProperties(input: ServerPropertiesInput): string {
  return renderProperties(
    serverPropertiesMap(input),
    'Generated by scripts/infra/kafka.ts at every start: edit the code or the environment, not this file.',
  );
}

export function renderLog4jProperties(): string {
  return [
    '# Generated by scripts/infra/kafka.ts: Kafka 3.9 logs through slf4j -> reload4j (log4j 1.x API).',
    'log4j.rootLogger=INFO, stdout',
    'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
    'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.state.change.logger=WARN',
    'log4j.logger.kafka.log.LogCleaner=WARN',
    'log4j.logger.org.apache.kafka.clients=WARN',
    'log4j.logger.org.apache.zookeeper=WARN',
    '',
  ].join('\n');
}

export function renderFetchPom(version: string, slf4jVersion = SLF4J_RELOAD4J_VERSION): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Throw-away POM written by scripts/infra/kafka.ts to fetch the Kafka broker jars with Maven. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.newsroom.infra</groupId>
  <artifactId>kafka-broker-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>${version}</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-reload4j</artifactId>
      <version>${slf4jVersion}</version>
    </dependency>
  </dependencies>
</project>
`;
}

/** A KRaft cluster id: 16 random bytes, base64url without padding (what `StorageTool random-uuid` prints). */
export function newClusterId(): string {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export function jvmArgs(opts: { heapMb: number; log4jFile: string; runDir: string; extra?: string[] }): string[] {
  return [
    `-Xms${Math.min(opts.heapMb, 256)}m`,
    `-Xmx${opts.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:InitiatingHeapOccupancyPercent=35',
    '-XX:+ExplicitGCInvokesConcurrent',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${opts.log4jFile}`,
    `-Dkafka.logs.dir=${opts.runDir}`,
    ...(opts.extra ?? []),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Jars

export interface EnsureJarsOptions {
  version?: string;
  cacheDir?: string;
  mavenArgs?: string[];
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}

function kafkaJarName(version: string): string {
  return `kafka_2.13-${version}.jar`;
}

/**
 * Makes sure `<cacheDir>/kafka-<version>/libs` holds the broker's jars; downloads them with Maven on the first run.
 * The download goes to a temporary directory renamed into place, so an interrupted run leaves no half cache.
 * Returns the libs directory.
 */
export async function ensureKafkaJars(options: EnsureJarsOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const cfg = loadInfraConfig(env);
  const version = options.version ?? cfg.kafka.version;
  const cacheDir = options.cacheDir ?? cfg.cacheDir;
  const log = options.log ?? defaultLogger;
  const libs = kafkaLibsDir(cacheDir, version);
  if (fs.existsSync(path.join(libs, kafkaJarName(version)))) return libs;

  const mvn = await findMaven(env);
  const base = path.dirname(libs);
  fs.mkdirSync(base, { recursive: true });
  // leftovers of interrupted downloads (their owner pid is in the name)
  for (const entry of fs.readdirSync(base)) {
    const m = /^(?:libs|fetch)\.tmp-(\d+)-/.exec(entry);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(base, entry), { recursive: true, force: true });
  }
  if (fs.existsSync(libs)) fs.rmSync(libs, { recursive: true, force: true }); // incomplete (jar missing)

  const suffix = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  const tmpLibs = path.join(base, `libs.tmp-${suffix}`);
  const work = path.join(base, `fetch.tmp-${suffix}`);
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'pom.xml'), renderFetchPom(version));
  log(`Kafka ${version} jars not cached yet: downloading them from Maven Central with Maven (first run only) into ${libs}`);
  const started = Date.now();
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    path.join(work, 'pom.xml'),
    `${MAVEN_DEPENDENCY_PLUGIN}:copy-dependencies`,
    `-DoutputDirectory=${tmpLibs}`,
    '-DincludeScope=runtime',
    ...(options.mavenArgs ?? cfg.kafka.mavenArgs),
  ];
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(mvn, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, output }));
    });
    if (code !== 0 || !fs.existsSync(path.join(tmpLibs, kafkaJarName(version)))) {
      const detail = output
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .filter((l) => l.trim())
        .slice(-15)
        .join('\n  ');
      throw new InfraError(
        `Maven could not fetch Kafka ${version} from Maven Central (exit ${code}). Check network access to ` +
          `repo.maven.apache.org, or configure a mirror/proxy in ~/.m2/settings.xml (or NEWSROOM_MAVEN_ARGS="-s <settings.xml>").` +
          (detail ? `\n  ${detail}` : ''),
      );
    }
    try {
      fs.renameSync(tmpLibs, libs);
    } catch (e) {
      // another process finished the same download first
      if (!fs.existsSync(path.join(libs, kafkaJarName(version)))) throw e;
    }
  } finally {
    fs.rmSync(tmpLibs, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
  log(`Kafka ${version} jars cached (${fs.readdirSync(libs).length} jars, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return libs;
}

// ---------------------------------------------------------------------------------------------------------------
// Probing

/** True when a Kafka broker answers a metadata request on these brokers (kafkajs admin, no retries). */
export async function isKafkaUp(brokers: string[], timeoutMs = 3000): Promise<boolean> {
  const [host, portText] = brokers[0].split(':');
  if (!(await isPortOpen(host, Number(portText), Math.min(timeoutMs, 1000)))) return false;
  const kafka = new Kafka({
    clientId: 'newsroom-infra-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await admin.connect();
        const cluster = await admin.describeCluster();
        if (!cluster.brokers.length) throw new Error('no brokers in metadata');
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    if (timer) clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * True when the broker also serves what the apps ask for first: a consumer group's coordinator (a new broker creates
 * __consumer_offsets on the first request, and answers COORDINATOR_NOT_AVAILABLE until it has) and an idempotent
 * producer's id. Waiting for both here keeps the apps' first seconds free of kafkajs retry errors.
 */
async function coordinatorsAnswer(brokers: string[], timeoutMs: number): Promise<boolean> {
  const kafka = new Kafka({ clientId: 'newsroom-infra-probe', brokers, logLevel: logLevel.NOTHING, requestTimeout: timeoutMs, retry: { retries: 0 } });
  const admin = kafka.admin({ retry: { retries: 0 } });
  // kafkajs refuses an idempotent producer without retries: one, soon.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 200 } });
  try {
    await admin.connect();
    await admin.describeCluster(); // the broker pool's metadata, which the coordinator look-up needs
    await admin.describeGroups(['newsroom-infra-probe']);
    await producer.connect(); // an idempotent producer gets its producer id on connect
    return true;
  } catch {
    return false;
  } finally {
    await Promise.all([admin.disconnect(), producer.disconnect()].map((p) => p.catch(() => undefined)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Start / stop

export interface StartKafkaOptions {
  /** Broker (client) port. Default KAFKA_PORT or 9092. */
  port?: number;
  /** KRaft controller port. Default KAFKA_CONTROLLER_PORT or port + 1. */
  controllerPort?: number;
  /** Listen/advertised host. Default KAFKA_HOST or 127.0.0.1. */
  host?: string;
  /** Runtime dir (configs, pid file, log). Default `<NEWSROOM_RUN_DIR>/kafka-<port>`. */
  runDir?: string;
  /** Data dir (log.dirs). Default KAFKA_DATA_DIR or `<runDir>/data`. */
  dataDir?: string;
  /** Jar cache root. Default NEWSROOM_CACHE_DIR / $XDG_CACHE_HOME/newsroom / ~/.cache/newsroom. */
  cacheDir?: string;
  /** Max heap. Default KAFKA_HEAP_MB or 512. */
  heapMb?: number;
  /** Kafka version (3.x). Default KAFKA_VERSION or 3.9.2. */
  version?: string;
  /** How long to wait for the broker to answer. Default KAFKA_START_TIMEOUT_MS or 90 s. */
  startTimeoutMs?: number;
  /** Grace period of stop() before SIGKILL. Default 30 s. */
  stopTimeoutMs?: number;
  /**
   * true (default): if a broker started from the same runDir is alive (or any Kafka already answers on the port),
   * adopt it instead of starting another one. false: kill a leftover broker of this runDir and start fresh;
   * fail if the port is taken by something else.
   */
  reuse?: boolean;
  /** Extra JVM options. Default KAFKA_JVM_OPTS. */
  jvmOpts?: string[];
  /** Extra or overriding server.properties entries. */
  brokerProps?: BrokerProps;
  /** Progress lines. Default prints `[infra] ...` to stdout; pass `() => {}` to silence. */
  log?: Logger;
  /** Environment used for defaults and child processes. Default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface KafkaHandle {
  /** e.g. ['127.0.0.1:9092'], for kafkajs `brokers` / KAFKA_BROKERS. */
  brokers: string[];
  /** Broker JVM pid; undefined for an external broker that this code did not start. */
  pid: number | undefined;
  host: string;
  port: number;
  controllerPort: number;
  version: string;
  runDir: string;
  dataDir: string;
  logFile: string;
  pidFile: string;
  /** true when this call started the JVM; false when it adopted an already running broker. */
  startedNow: boolean;
  /** true when the broker on the port was not started by this code (no pid file): stop/kill do nothing. */
  external: boolean;
  /** Graceful stop: SIGTERM, wait (default stopTimeoutMs), then SIGKILL. Removes the pid file. */
  stop(timeoutMs?: number): Promise<void>;
  /** Hard crash: SIGKILL and wait for the process to be gone (data dir left as after a power loss). */
  kill(): Promise<void>;
  /** SIGSTOP / SIGCONT: the broker hangs without closing connections. */
  pause(): void;
  resume(): void;
  /** Stop (if running) and start again on the same ports and data dir; resolves when it answers again. */
  restart(): Promise<KafkaHandle>;
  isRunning(): boolean;
  isUp(timeoutMs?: number): Promise<boolean>;
}

interface Resolved {
  host: string;
  port: number;
  controllerPort: number;
  runDir: string;
  dataDir: string;
  cacheDir: string;
  heapMb: number;
  version: string;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  reuse: boolean;
  jvmOpts: string[];
  mavenArgs: string[];
  brokerProps: BrokerProps;
  log: Logger;
  env: NodeJS.ProcessEnv;
  files: { serverProperties: string; log4j: string; pid: string; log: string; lock: string };
}

function resolveOptions(options: StartKafkaOptions): Resolved {
  const env = options.env ?? process.env;
  const cfg = loadInfraConfig(env);
  const port = options.port ?? cfg.kafka.port;
  const controllerPort = options.controllerPort ?? (options.port !== undefined ? port + 1 : cfg.kafka.controllerPort);
  if (controllerPort === port) throw new InfraError(`Kafka controller port must differ from the broker port (${port})`);
  const runDir = path.resolve(options.runDir ?? kafkaRunDir(cfg.runDir, port));
  // KAFKA_DATA_DIR is for the default broker only: a private broker (own port or runDir) never shares its data dir
  const envDataDir = options.port === undefined && options.runDir === undefined ? cfg.kafka.dataDir : undefined;
  const dataDir = path.resolve(options.dataDir ?? envDataDir ?? path.join(runDir, 'data'));
  return {
    host: options.host ?? cfg.kafka.host,
    port,
    controllerPort,
    runDir,
    dataDir,
    cacheDir: options.cacheDir ?? cfg.cacheDir,
    heapMb: options.heapMb ?? cfg.kafka.heapMb,
    version: options.version ?? cfg.kafka.version,
    startTimeoutMs: options.startTimeoutMs ?? cfg.kafka.startTimeoutMs,
    stopTimeoutMs: options.stopTimeoutMs ?? 30_000,
    reuse: options.reuse ?? true,
    jvmOpts: options.jvmOpts ?? cfg.kafka.jvmOpts,
    mavenArgs: cfg.kafka.mavenArgs,
    brokerProps: options.brokerProps ?? {},
    log: options.log ?? defaultLogger,
    env,
    files: {
      serverProperties: path.join(runDir, 'server.properties'),
      log4j: path.join(runDir, 'log4j.properties'),
      pid: path.join(runDir, 'kafka.pid'),
      log: path.join(runDir, 'kafka.log'),
      lock: path.join(runDir, '.lock'),
    },
  };
}

function markers(r: Pick<Resolved, 'files'>): string[] {
  return ['kafka.Kafka', r.files.serverProperties];
}

function makeHandle(r: Resolved, pid: number | undefined, startedNow: boolean, options: StartKafkaOptions): KafkaHandle {
  const external = pid === undefined;
  const handle: KafkaHandle = {
    brokers: [`${r.host}:${r.port}`],
    pid,
    host: r.host,
    port: r.port,
    controllerPort: r.controllerPort,
    version: r.version,
    runDir: r.runDir,
    dataDir: r.dataDir,
    logFile: r.files.log,
    pidFile: r.files.pid,
    startedNow,
    external,
    async stop(timeoutMs = r.stopTimeoutMs) {
      if (pid === undefined) return;
      await terminate(pid, timeoutMs);
      if (readPidFile(r.files.pid) === pid) removeFile(r.files.pid);
    },
    async kill() {
      if (pid === undefined) return;
      await killNow(pid);
      if (readPidFile(r.files.pid) === pid) removeFile(r.files.pid);
    },
    pause() {
      if (pid !== undefined) sendSignal(pid, 'SIGSTOP');
    },
    resume() {
      if (pid !== undefined) sendSignal(pid, 'SIGCONT');
    },
    async restart() {
      if (pid !== undefined && isAlive(pid)) {
        sendSignal(pid, 'SIGCONT');
        await handle.stop();
      }
      return startKafka({ ...options, reuse: false });
    },
    isRunning() {
      return pid === undefined ? false : isAlive(pid);
    },
    isUp(timeoutMs?: number) {
      return isKafkaUp(handle.brokers, timeoutMs);
    },
  };
  return handle;
}

async function waitUntilUp(r: Resolved, pid: number, exited: () => string | undefined): Promise<void> {
  const brokers = [`${r.host}:${r.port}`];
  const deadline = Date.now() + r.startTimeoutMs;
  for (;;) {
    const why = exited();
    if (why !== undefined) {
      const tail = tailFile(r.files.log, 15);
      throw new InfraError(
        `Kafka exited during start-up (${why}); see ${r.files.log}` + (tail ? `\n${tail.replace(/^/gm, '  ')}` : ''),
      );
    }
    if ((await isKafkaUp(brokers, 2000)) && (await coordinatorsAnswer(brokers, 2000))) return;
    if (Date.now() >= deadline) {
      await terminate(pid, 5000).catch(() => undefined);
      removeFile(r.files.pid);
      throw new InfraError(
        `Kafka did not answer on ${brokers[0]} within ${Math.round(r.startTimeoutMs / 1000)} s (stopped it); see ${r.files.log}`,
      );
    }
    await sleep(300);
  }
}

function rotateLog(file: string): void {
  try {
    if (fs.statSync(file).size > 20 * 1024 * 1024) fs.renameSync(file, `${file}.1`);
  } catch {
    // no log yet
  }
}

/**
 * Starts (or adopts) a single-node KRaft broker and resolves once a kafkajs admin client gets metadata from it.
 * The JVM is detached: it outlives the calling process until stop()/kill()/`npm run infra:down`.
 */
export async function startKafka(options: StartKafkaOptions = {}): Promise<KafkaHandle> {
  const r = resolveOptions(options);
  const brokers = [`${r.host}:${r.port}`];
  fs.mkdirSync(r.runDir, { recursive: true });
  return withLock(r.files.lock, r.startTimeoutMs + 10 * 60_000, async () => {
    const existing = readPidFile(r.files.pid);
    if (isOurProcess(existing, markers(r))) {
      if (r.reuse) {
        await waitUntilUp(r, existing, () => (isAlive(existing) ? undefined : 'the running broker died'));
        return makeHandle(r, existing, false, options);
      }
      r.log(`stopping the leftover Kafka broker (pid ${existing}) of ${r.runDir}`);
      sendSignal(existing, 'SIGCONT');
      await terminate(existing, r.stopTimeoutMs);
    }
    removeFile(r.files.pid);

    if (await isPortOpen(r.host, r.port)) {
      if (r.reuse && (await isKafkaUp(brokers))) {
        r.log(`a Kafka broker not started by scripts/infra already answers on ${brokers[0]}: using it`);
        return makeHandle(r, undefined, false, options);
      }
      throw new InfraError(
        `port ${r.host}:${r.port} is already in use by another process: stop it or choose another port (KAFKA_PORT)`,
      );
    }
    if (await isPortOpen(r.host, r.controllerPort)) {
      throw new InfraError(
        `controller port ${r.host}:${r.controllerPort} is already in use by another process: stop it or choose another port (KAFKA_CONTROLLER_PORT)`,
      );
    }

    const { java } = await findJava(r.env);
    const libs = await ensureKafkaJars({ version: r.version, cacheDir: r.cacheDir, mavenArgs: r.mavenArgs, env: r.env, log: r.log });
    const classpath = path.join(libs, '*');

    fs.writeFileSync(
      r.files.serverProperties,
      renderServerProperties({ host: r.host, port: r.port, controllerPort: r.controllerPort, dataDir: r.dataDir, overrides: r.brokerProps }),
    );
    fs.writeFileSync(r.files.log4j, renderLog4jProperties());
    const jvm = jvmArgs({ heapMb: r.heapMb, log4jFile: r.files.log4j, runDir: r.runDir, extra: r.jvmOpts });

    if (!fs.existsSync(path.join(r.dataDir, 'meta.properties'))) {
      fs.mkdirSync(r.dataDir, { recursive: true });
      const clusterId = newClusterId();
      r.log(`formatting KRaft storage in ${r.dataDir} (cluster id ${clusterId})`);
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
        const child = spawn(
          java,
          ['-Xmx256m', `-Dlog4j.configuration=file:${r.files.log4j}`, '-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', r.files.serverProperties],
          { cwd: r.runDir, env: r.env, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('error', reject);
        child.on('close', (c) => resolve({ code: c, output }));
      });
      fs.writeFileSync(path.join(r.runDir, 'format.log'), output);
      if (code !== 0) {
        const lines = output.split('\n').filter((l) => /error|exception|Formatting/i.test(l)).slice(-5).join('\n  ');
        throw new InfraError(`formatting Kafka storage failed (exit ${code}); see ${path.join(r.runDir, 'format.log')}\n  ${lines}`);
      }
    }

    rotateLog(r.files.log);
    const out = fs.openSync(r.files.log, 'a');
    fs.writeSync(out, `\n===== ${new Date().toISOString()} starting Kafka ${r.version} on ${brokers[0]} (controller ${r.controllerPort}) =====\n`);
    const started = Date.now();
    const child = spawn(java, [...jvm, '-cp', classpath, 'kafka.Kafka', r.files.serverProperties], {
      cwd: r.runDir,
      env: r.env,
      detached: true,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    let exitReason: string | undefined;
    child.on('exit', (code, sig) => (exitReason = sig ? `signal ${sig}` : `exit code ${code}`));
    child.on('error', (e) => (exitReason = e.message));
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new InfraError(`could not start ${java}: ${exitReason ?? 'unknown error'}`);
    writePidFile(r.files.pid, pid);
    r.log(`starting Kafka ${r.version} (pid ${pid}) on ${brokers[0]}, log ${r.files.log}`);
    await waitUntilUp(r, pid, () => exitReason);
    r.log(`Kafka answers on ${brokers[0]} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return makeHandle(r, pid, true, options);
  });
}

export interface KafkaStatus {
  brokers: string[];
  runDir: string;
  pidFile: string;
  logFile: string;
  /** pid from our pid file when that process is alive (and is this runDir's broker). */
  pid: number | undefined;
  /** A Kafka broker answers on the port (ours or not). */
  up: boolean;
}

export async function kafkaStatus(options: Pick<StartKafkaOptions, 'port' | 'host' | 'runDir' | 'env'> = {}): Promise<KafkaStatus> {
  const r = resolveOptions(options);
  const pid = readPidFile(r.files.pid);
  const brokers = [`${r.host}:${r.port}`];
  return {
    brokers,
    runDir: r.runDir,
    pidFile: r.files.pid,
    logFile: r.files.log,
    pid: isOurProcess(pid, markers(r)) ? pid : undefined,
    up: await isKafkaUp(brokers),
  };
}

/**
 * Stops the broker recorded in `<runDir>/kafka.pid` (only a broker this code started). Resolves to what happened.
 */
export async function stopKafka(
  options: Pick<StartKafkaOptions, 'port' | 'host' | 'runDir' | 'env' | 'stopTimeoutMs'> = {},
): Promise<'not-running' | 'stopped' | 'killed'> {
  const r = resolveOptions(options);
  const pid = readPidFile(r.files.pid);
  if (!isOurProcess(pid, markers(r))) {
    removeFile(r.files.pid);
    return 'not-running';
  }
  sendSignal(pid, 'SIGCONT');
  const result = await terminate(pid, r.stopTimeoutMs);
  removeFile(r.files.pid);
  return result;
}

export { silent as silentLogger };
