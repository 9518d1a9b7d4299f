// The merged read models of one generation, as the pure diff of generations (libs/read-models) compares them.
import type { Pool } from 'pg';
import type { GenerationFacts } from '@newsroom/read-models';
import { GENERATION_SCHEMA, PUBLIC_SCHEMA } from './generations';
import { statementSourcesSql } from './statement-sources';

export async function readGenerationFacts(db: Pick<Pool, 'query'>, schema: string): Promise<GenerationFacts> {
  if (schema !== PUBLIC_SCHEMA && !GENERATION_SCHEMA.test(schema)) throw new Error(`not a generation schema: ${schema}`);
  const [visits, statements, claims] = await Promise.all([
    db.query(
      `SELECT id, envoy, city, country, date, end_date AS "endDate", mode, counterparts, companions, sources, corroboration, confirmed_by AS "confirmedBy"
       FROM "${schema}".visits ORDER BY id`,
    ),
    // A statement's sources are its reports (see statementSourcesSql), as the merge gave them.
    db.query(
      `SELECT id, speaker, type, text, date, tracks, corroboration, ${statementSourcesSql({ statementId: 's.id', evidence: true, ordinal: true, schema })} AS sources
       FROM "${schema}".statements s ORDER BY id`,
    ),
    db.query(`SELECT id, track, state, date, effective_date AS "effectiveDate", sources, corroboration FROM "${schema}".track_claims ORDER BY id`),
  ]);
  return { visits: visits.rows, statements: statements.rows, claims: claims.rows };
}
