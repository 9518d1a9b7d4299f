// A Prisma driver adapter (SqlMigrationAwareDriverAdapterFactory, the interface of
// @prisma/driver-adapter-utils 7.10) backed by in-memory PGlite databases. It is what the WASM
// schema engine is given instead of a connection string: the engine only ever talks to these
// throw-away databases, never to a real server.
//
// Value conversion follows @prisma/adapter-pg 7.10 (node_modules/@prisma/adapter-pg/dist/index.js):
// same column-type mapping, same text formats for dates, numerics, JSON and bytes.
import type { PGlite, Transaction as PGliteTx, Results } from '@electric-sql/pglite';
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type ArgType,
  type ColumnType,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from '@prisma/driver-adapter-utils';

/**
 * PGlite, loaded through Node's own module loader. Under Jest every module runs inside a vm
 * context where a dynamic import() is refused without --experimental-vm-modules, and PGlite's
 * Emscripten loader does `await import('node:module')`. Jest also swaps the 'module' built-in's
 * createRequire for its own, but its Module class extends Node's and keeps Node's
 * Module.prototype.require, which compiles PGlite outside the sandbox. Under tsx or plain Node
 * this is just the ordinary, cached module instance.
 */
function nodeRequire(id: string): unknown {
  type Loader = { filename: string; paths: string[]; require(id: string): unknown };
  const { Module } = require('node:module') as { Module: { new (id: string): Loader; _nodeModulePaths(dir: string): string[] } };
  const loader = new Module(__filename);
  loader.filename = __filename;
  loader.paths = Module._nodeModulePaths(__dirname);
  return loader.require(id);
}
export const pglite = nodeRequire('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
const { types, messages } = pglite;

const ADAPTER_NAME = 'newsroom-pglite';
const FIRST_NORMAL_OBJECT_ID = 16384;
const NAME = 19;

const ArrayType = {
  BIT: 1561, BOOL: 1000, BYTEA: 1001, BPCHAR: 1014, CHAR: 1002, CIDR: 651, DATE: 1182, FLOAT4: 1021,
  FLOAT8: 1022, INET: 1041, INT2: 1005, INT4: 1007, INT8: 1016, JSONB: 3807, JSON: 199, MONEY: 791,
  NUMERIC: 1231, OID: 1028, TEXT: 1009, TIMESTAMP: 1115, TIMESTAMPTZ: 1185, TIME: 1183, UUID: 2951,
  VARBIT: 1563, VARCHAR: 1015, XML: 143, NAME: 1003,
} as const;

/** Maps a Postgres type oid to Prisma's column type, as @prisma/adapter-pg does. */
export function fieldToColumnType(oid: number): ColumnType {
  switch (oid) {
    case types.INT2:
    case types.INT4:
      return ColumnTypeEnum.Int32;
    case types.INT8:
    case types.OID:
      return ColumnTypeEnum.Int64;
    case types.FLOAT4:
      return ColumnTypeEnum.Float;
    case types.FLOAT8:
      return ColumnTypeEnum.Double;
    case types.BOOL:
      return ColumnTypeEnum.Boolean;
    case types.DATE:
      return ColumnTypeEnum.Date;
    case types.TIME:
    case types.TIMETZ:
      return ColumnTypeEnum.Time;
    case types.TIMESTAMP:
    case types.TIMESTAMPTZ:
      return ColumnTypeEnum.DateTime;
    case types.NUMERIC:
    case types.MONEY:
      return ColumnTypeEnum.Numeric;
    case types.JSON:
    case types.JSONB:
      return ColumnTypeEnum.Json;
    case types.UUID:
      return ColumnTypeEnum.Uuid;
    case types.BPCHAR:
    case types.TEXT:
    case types.VARCHAR:
    case types.BIT:
    case types.VARBIT:
    case types.INET:
    case types.CIDR:
    case types.XML:
    case NAME:
      return ColumnTypeEnum.Text;
    case types.CHAR:
      // The single-byte "char" of the catalogs (contype, relkind, ...): the engine reads it as a char.
      return ColumnTypeEnum.Character;
    case types.BYTEA:
      return ColumnTypeEnum.Bytes;
    case ArrayType.INT2:
    case ArrayType.INT4:
      return ColumnTypeEnum.Int32Array;
    case ArrayType.FLOAT4:
      return ColumnTypeEnum.FloatArray;
    case ArrayType.FLOAT8:
      return ColumnTypeEnum.DoubleArray;
    case ArrayType.NUMERIC:
    case ArrayType.MONEY:
      return ColumnTypeEnum.NumericArray;
    case ArrayType.BOOL:
      return ColumnTypeEnum.BooleanArray;
    case ArrayType.CHAR:
      return ColumnTypeEnum.CharacterArray;
    case ArrayType.BPCHAR:
    case ArrayType.TEXT:
    case ArrayType.VARCHAR:
    case ArrayType.VARBIT:
    case ArrayType.BIT:
    case ArrayType.INET:
    case ArrayType.CIDR:
    case ArrayType.XML:
    case ArrayType.NAME:
      return ColumnTypeEnum.TextArray;
    case ArrayType.DATE:
      return ColumnTypeEnum.DateArray;
    case ArrayType.TIME:
      return ColumnTypeEnum.TimeArray;
    case ArrayType.TIMESTAMP:
    case ArrayType.TIMESTAMPTZ:
      return ColumnTypeEnum.DateTimeArray;
    case ArrayType.JSON:
    case ArrayType.JSONB:
      return ColumnTypeEnum.JsonArray;
    case ArrayType.BYTEA:
      return ColumnTypeEnum.BytesArray;
    case ArrayType.UUID:
      return ColumnTypeEnum.UuidArray;
    case ArrayType.INT8:
    case ArrayType.OID:
      return ColumnTypeEnum.Int64Array;
    default:
      if (oid >= FIRST_NORMAL_OBJECT_ID) return ColumnTypeEnum.Text; // enums and other user types
      throw new DriverAdapterError({ kind: 'UnsupportedNativeDataType', type: `oid ${oid}` });
  }
}

// Values come back as Postgres text (like adapter-pg's parsers); arrays are parsed into JS arrays.
const identity = (s: string) => s;
function parseArray(text: string, element: (s: string) => unknown = identity): unknown[] {
  // Postgres array literal parser for one-dimensional and nested arrays: {a,"b c",NULL,{1,2}}
  let i = 0;
  const parse = (): unknown[] => {
    const out: unknown[] = [];
    if (text[i] !== '{') throw new Error(`bad array literal: ${text}`);
    i++;
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      if (text[i] === '{') out.push(parse());
      else if (text[i] === '"') {
        i++;
        let s = '';
        while (text[i] !== '"') {
          if (text[i] === '\\') i++;
          s += text[i++];
        }
        i++;
        out.push(element(s));
      } else {
        let s = '';
        while (text[i] !== ',' && text[i] !== '}') s += text[i++];
        out.push(s === 'NULL' ? null : element(s));
      }
      if (text[i] === ',') i++;
      else if (text[i] === '}') {
        i++;
        return out;
      } else throw new Error(`bad array literal: ${text}`);
    }
  };
  // Optional dimension decoration: [1:2]={...}
  const eq = text.indexOf('=');
  if (text[0] === '[' && eq > 0) i = eq + 1;
  return parse();
}
const timestamp = (t: string) => `${t.replace(' ', 'T')}+00:00`;
const timestamptz = (t: string) => t.replace(' ', 'T').replace(/[+-]\d{2}(:\d{2})?$/, '+00:00');
const timetz = (t: string) => t.replace(/[+-]\d{2}(:\d{2})?$/, '');
const money = (m: string) => m.slice(1);
const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex.slice(2), 'hex'));
const int = (s: string) => Number.parseInt(s, 10);
const float = (s: string) => Number.parseFloat(s);
const bool = (s: string) => s === 't' || s === 'true';

// Every type is parsed explicitly so that PGlite's own parsers (which build Date, BigInt and
// JSON objects) never run: the engine expects the same shapes as from adapter-pg.
const parsers: Record<number, (s: string) => unknown> = {
  [types.INT2]: int,
  [types.INT4]: int,
  [types.INT8]: identity,
  [types.OID]: identity,
  [types.FLOAT4]: float,
  [types.FLOAT8]: float,
  [types.BOOL]: bool,
  [types.NUMERIC]: identity,
  [types.DATE]: identity,
  [types.TIME]: identity,
  [types.TIMETZ]: timetz,
  [types.TIMESTAMP]: timestamp,
  [types.TIMESTAMPTZ]: timestamptz,
  [types.MONEY]: money,
  [types.JSON]: identity,
  [types.JSONB]: identity,
  [types.BYTEA]: bytes,
  [ArrayType.INT2]: (s) => parseArray(s, int),
  [ArrayType.INT4]: (s) => parseArray(s, int),
  [ArrayType.INT8]: (s) => parseArray(s),
  [ArrayType.OID]: (s) => parseArray(s),
  [ArrayType.FLOAT4]: (s) => parseArray(s, float),
  [ArrayType.FLOAT8]: (s) => parseArray(s, float),
  [ArrayType.BOOL]: (s) => parseArray(s, bool),
  [ArrayType.NUMERIC]: (s) => parseArray(s),
  [ArrayType.MONEY]: (s) => parseArray(s, money),
  [ArrayType.DATE]: (s) => parseArray(s),
  [ArrayType.TIME]: (s) => parseArray(s),
  [ArrayType.TIMESTAMP]: (s) => parseArray(s, timestamp),
  [ArrayType.TIMESTAMPTZ]: (s) => parseArray(s, timestamptz),
  [ArrayType.JSON]: (s) => parseArray(s),
  [ArrayType.JSONB]: (s) => parseArray(s),
  [ArrayType.BYTEA]: (s) => parseArray(s, bytes),
  [ArrayType.TEXT]: (s) => parseArray(s),
  [ArrayType.VARCHAR]: (s) => parseArray(s),
  [ArrayType.BPCHAR]: (s) => parseArray(s),
  [ArrayType.CHAR]: (s) => parseArray(s),
  [ArrayType.NAME]: (s) => parseArray(s),
  [ArrayType.BIT]: (s) => parseArray(s),
  [ArrayType.VARBIT]: (s) => parseArray(s),
  [ArrayType.INET]: (s) => parseArray(s),
  [ArrayType.CIDR]: (s) => parseArray(s),
  [ArrayType.XML]: (s) => parseArray(s),
  [ArrayType.UUID]: (s) => parseArray(s),
};

const pad = (n: number, z = 2) => String(n).padStart(z, '0');
function formatDateTime(d: Date): string {
  const ms = d.getUTCMilliseconds();
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
}

/** Converts an engine argument to what PGlite sends, as adapter-pg's mapArg does. */
function mapArg(arg: unknown, argType: ArgType | undefined): unknown {
  if (arg === null || arg === undefined) return null;
  if (Array.isArray(arg) && argType?.arity === 'list') return arg.map((v) => mapArg(v, argType));
  if (typeof arg === 'string' && argType?.scalarType === 'datetime') arg = new Date(arg);
  if (arg instanceof Date) {
    const full = formatDateTime(arg);
    if (argType?.dbType === 'DATE') return full.slice(0, 10);
    if (argType?.dbType === 'TIME' || argType?.dbType === 'TIMETZ') return full.slice(11);
    return full;
  }
  if (typeof arg === 'string' && argType?.scalarType === 'bytes') return Buffer.from(arg, 'base64');
  if (ArrayBuffer.isView(arg)) return new Uint8Array(arg.buffer, arg.byteOffset, arg.byteLength);
  return arg;
}

function toAdapterError(error: unknown): never {
  if (error instanceof messages.DatabaseError) {
    throw new DriverAdapterError({
      kind: 'postgres',
      code: error.code ?? 'N/A',
      severity: error.severity ?? 'N/A',
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
      originalCode: error.code,
      originalMessage: error.message,
    });
  }
  throw error;
}

type Queryable = Pick<PGlite, 'query' | 'exec'> | PGliteTx;

class PGliteQueryable {
  readonly provider = 'postgres' as const;
  readonly adapterName = ADAPTER_NAME;
  constructor(protected readonly client: Queryable) {}

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const result = await this.run(query);
    return {
      columnNames: result.fields.map((f) => f.name),
      columnTypes: result.fields.map((f) => fieldToColumnType(f.dataTypeID)),
      rows: result.rows as unknown[][],
    };
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    return (await this.run(query)).affectedRows ?? 0;
  }

  private async run(query: SqlQuery): Promise<Results<unknown[]>> {
    const values = query.args.map((a, i) => mapArg(a, query.argTypes[i]));
    try {
      return await this.client.query<unknown[]>(query.sql, values, { rowMode: 'array', parsers });
    } catch (e) {
      return toAdapterError(e);
    }
  }
}

class PGliteTransaction extends PGliteQueryable implements Transaction {
  readonly options: TransactionOptions = { usePhantomQuery: false };
  constructor(
    tx: PGliteTx,
    private readonly finish: (commit: boolean) => Promise<void>,
  ) {
    super(tx);
  }
  commit(): Promise<void> {
    return this.finish(true);
  }
  rollback(): Promise<void> {
    return this.finish(false);
  }
}

class PGliteAdapter extends PGliteQueryable implements SqlDriverAdapter {
  constructor(private readonly db: PGlite) {
    super(db);
  }

  async executeScript(script: string): Promise<void> {
    try {
      await this.db.exec(script);
    } catch (e) {
      toAdapterError(e);
    }
  }

  getConnectionInfo(): ConnectionInfo {
    return { schemaName: 'public', supportsRelationJoins: true };
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // PGlite runs a transaction as a callback; keep the callback open until commit/rollback.
    return new Promise<Transaction>((resolveTx, rejectTx) => {
      let settle!: (commit: boolean) => void;
      const decided = new Promise<boolean>((r) => (settle = r));
      let opened = false;
      const done = this.db
        .transaction(async (tx) => {
          if (isolationLevel) await tx.exec(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
          opened = true;
          resolveTx(
            new PGliteTransaction(tx, async (commit) => {
              settle(commit);
              await done;
            }),
          );
          if (!(await decided)) await tx.rollback();
        })
        .catch((e) => {
          if (!opened) rejectTx(e);
          else toAdapterError(e);
        });
    });
  }

  async dispose(): Promise<void> {
    // The PGlite instances are owned by the factory.
  }
}

/** Drops everything a previous use left in a PGlite database (schema engine objects live in public). */
export async function resetPGlite(db: PGlite): Promise<void> {
  await db.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
}

/**
 * The factory handed to the WASM schema engine. `connect()` gives the "main" database and
 * `connectToShadowDb()` the shadow database; both are in-memory PGlite instances owned here.
 * The shadow database is emptied every time the engine asks for it.
 */
export class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(
    readonly main: PGlite,
    readonly shadow: PGlite,
  ) {}

  static async create(): Promise<PGliteAdapterFactory> {
    const [main, shadow] = await Promise.all([pglite.PGlite.create(), pglite.PGlite.create()]);
    return new PGliteAdapterFactory(main, shadow);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new PGliteAdapter(this.main);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    await resetPGlite(this.shadow);
    return new PGliteAdapter(this.shadow);
  }

  async close(): Promise<void> {
    await Promise.all([this.main.close(), this.shadow.close()]);
  }
}
