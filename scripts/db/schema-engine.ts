// Drives Prisma's WASM schema engine (@prisma/schema-engine-wasm, the build matching prisma 7.10.0)
// the way Prisma's own loader does (packages/internals/src/WasmSchemaEngineLoader.ts and
// packages/migrate/src/SchemaEngineWasm.ts in the prisma repository):
//
//   1. instantiate schema_engine_bg.wasm with the wasm-bindgen glue (schema_engine_bg.js) as its
//      './schema_engine_bg.js' import object, hand the instance's exports to the glue
//      (__wbg_set_wasm) and call __wbindgen_start();
//   2. SchemaEngine.new({ datamodels }, debugCallback, adapterFactory), where adapterFactory is a
//      SqlMigrationAwareDriverAdapterFactory wrapped by bindMigrationAwareSqlAdapterFactory from
//      @prisma/driver-adapter-utils (it turns thrown errors into Result values plus an error
//      registry, which is what the engine's JS bridge expects);
//   3. call engine methods (here: diff) with the JSON inputs declared in schema_engine.d.ts.
//
// The adapter factory given here is backed by in-memory PGlite databases only. For a diff whose
// source is the migrations directory the engine applies the migrations to the database from
// connectToShadowDb(), so a real database is never involved.
//
// The glue file is an ES module; this project is CommonJS and its specs run under Jest without
// ESM support, so the glue's source is evaluated here as a function body (its only exports are
// top-level `export function` / `export class` declarations, it imports nothing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PGlite } from '@electric-sql/pglite';
import type {
  DiagnoseMigrationHistoryOutput,
  DiffParams,
  DiffResult,
  MigrationList,
  SchemaEngine,
  SchemaContainer,
} from '@prisma/schema-engine-wasm';
import { PGliteAdapterFactory } from './pglite-adapter';

// The WebAssembly global, typed locally (the project's lib settings do not declare it).
type WasmExports = Record<string, unknown>;
const Wasm = (globalThis as unknown as {
  WebAssembly: {
    compile(bytes: Uint8Array): Promise<object>;
    instantiate(module: object, imports: Record<string, object>): Promise<{ exports: WasmExports }>;
  };
}).WebAssembly;

type Glue = {
  __wbg_set_wasm(exports: WasmExports): void;
  SchemaEngine: typeof SchemaEngine;
  version(): string;
};

let gluePromise: Promise<Glue> | undefined;

function packageDir(): string {
  // './package.json' is not exported by the package; its './schema_engine_bg' entry is.
  return path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
}

/** Turns the wasm-bindgen ES module glue into an object of its exports. */
export function evaluateGlue(source: string): Record<string, unknown> {
  const names: string[] = [];
  const body = source.replace(/^export (function|class|const|let) ([A-Za-z0-9_$]+)/gm, (_m, kind: string, name: string) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(export|import)\s/m.test(body)) throw new Error('unexpected import/export in schema engine glue');
  const factory = new Function(`"use strict";\n${body}\nreturn { ${names.join(', ')} };`) as () => Record<string, unknown>;
  return factory();
}

async function loadGlue(): Promise<Glue> {
  // The glue reports panics through this global registry (as Prisma's CLI sets it up).
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string; set_message(m: string): void; get(): string } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(m: string) {
      this.message = `RuntimeError: ${m}`;
    },
    get() {
      return this.message;
    },
  };
  const dir = packageDir();
  const glue = evaluateGlue(readFileSync(path.join(dir, 'schema_engine_bg.js'), 'utf8')) as unknown as Glue;
  const module = await Wasm.compile(readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = await Wasm.instantiate(module, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/** The wasm-bindgen glue, instantiated once per process (instantiating twice is not supported). */
function glue(): Promise<Glue> {
  gluePromise ??= loadGlue();
  return gluePromise;
}

/**
 * A raw WASM schema engine over any migration-aware driver adapter factory. The engine may use
 * the factory's connections destructively (shadow database, resets): give it throw-away databases.
 */
export async function createSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  debug: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await glue();
  return Engine.new({ datamodels: undefined }, debug, bindMigrationAwareSqlAdapterFactory(factory));
}

export async function schemaEngineVersion(): Promise<string> {
  return (await glue()).version();
}

/** An engine bound to its own pair of in-memory PGlite databases; reuse it, then close() it. */
export class OfflineSchemaEngine {
  private constructor(
    private readonly engine: SchemaEngine,
    private readonly databases: PGliteAdapterFactory,
    private readonly debugLines: string[],
  ) {}

  static async create(): Promise<OfflineSchemaEngine> {
    const databases = await PGliteAdapterFactory.create();
    const debugLines: string[] = [];
    const engine = await createSchemaEngine(databases, (line) => {
      debugLines.push(line);
      if (debugLines.length > 50) debugLines.shift();
    });
    return new OfflineSchemaEngine(engine, databases, debugLines);
  }

  /** Raw access to the engine's `diff` (see DiffParams in @prisma/schema-engine-wasm). */
  async diff(params: DiffParams): Promise<DiffResult> {
    try {
      return await this.engine.diff(params);
    } catch (e) {
      throw engineError(e, this.debugLines);
    }
  }

  /**
   * SQL script that takes a database from the state the migrations produce to the state
   * the Prisma schema describes; '' when there is nothing to do.
   */
  async diffMigrationsToSchema(migrations: MigrationList, schemaFiles: SchemaContainer[]): Promise<string> {
    const result = await this.diff({
      from: { tag: 'migrations', ...migrations },
      to: { tag: 'schemaDatamodel', files: schemaFiles },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return normalizeScript(result.stdout ?? '');
  }

  /**
   * Prisma's own reading of the engine's main (in-memory) database's `_prisma_migrations` against
   * a migrations list — what `prisma migrate status` reports. Used by tests to check that the
   * runner's bookkeeping is what Prisma expects.
   */
  async diagnoseMigrationHistory(migrations: MigrationList): Promise<DiagnoseMigrationHistoryOutput> {
    try {
      return await this.engine.diagnoseMigrationHistory({
        migrationsList: migrations,
        optInToShadowDatabase: false,
        filters: { externalTables: [], externalEnums: [] },
      });
    } catch (e) {
      throw engineError(e, this.debugLines);
    }
  }

  /** The in-memory database the engine treats as its main database. */
  get mainDatabase(): PGlite {
    return this.databases.main;
  }

  async close(): Promise<void> {
    this.engine.free();
    await this.databases.close();
  }
}

/** The engine prints "-- This is an empty migration." for an empty diff; treat it as empty. */
export function normalizeScript(script: string): string {
  const meaningful = script
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('--'))
    .join('\n');
  return meaningful.trim() === '' ? '' : script.trim() + '\n';
}

/**
 * One line from an engine error: the message without the Rust backtrace and without the
 * generic lines, keeping the database's own error, e.g. "P3006: Migration `x` failed to apply
 * cleanly to the shadow database: ERROR: type "nosuchtype" does not exist".
 */
export function summarizeEngineMessage(message: string): string {
  const lines: string[] = [];
  for (const raw of message.split('\n')) {
    const line = raw.trim();
    if (/^\d+: /.test(line) || line.startsWith('at ')) break; // backtrace
    if (line === '' || line === 'Error:' || line === 'external connector error') continue;
    lines.push(line.replace(/^Error querying the database: /, '').replace(/[.:]$/, ''));
  }
  return lines.join(': ');
}

function engineError(e: unknown, debugLines: string[]): Error {
  const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { get(): string } }).PRISMA_WASM_PANIC_REGISTRY?.get();
  if (e instanceof Error) {
    const code = (e as Error & { code?: string }).code;
    const msg = summarizeEngineMessage(code ? `${code}: ${e.message}` : e.message);
    return new Error(`schema engine: ${msg}${e.name === 'RuntimeError' && panic ? ` (${summarizeEngineMessage(panic)})` : ''}`, { cause: e });
  }
  const detail = debugLines.slice(-3).join(' | ');
  return new Error(`schema engine: ${String(e)}${detail ? ` (${detail})` : ''}`);
}
