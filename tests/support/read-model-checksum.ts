// A checksum of every read-model table of a database (see libs/database generations.ts): two databases built
// from the same events must agree table by table.
import { readModelChecksums, type TableChecksum } from '@newsroom/database';
import { Client } from 'pg';

export type { TableChecksum };

/** table name → row count and md5 of its rows, for the live tables of the public schema. */
export async function readModelChecksum(databaseUrl: string): Promise<Record<string, TableChecksum>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await readModelChecksums(client);
  } finally {
    await client.end();
  }
}
