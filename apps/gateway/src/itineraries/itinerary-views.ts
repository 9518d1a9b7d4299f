import { Prisma, type EnvoyModel as Envoy } from '@newsroom/database';
import { viewedSources } from '../common/json-text';
import { envoyViewSchema, visitDetailSchema, type EnvoyView } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export type { EnvoyView, VisitDetailView } from '@newsroom/api-views';
export class EnvoyViewDto extends createZodDto(envoyViewSchema) {}
export class VisitDetailDto extends createZodDto(visitDetailSchema) {}

/**
 * A visit as the API gives it (visitViewSchema, or visitDetailSchema with evidence), serialised by Postgres: the hot
 * routes send the text Postgres wrote instead of parsing rows into objects and serialising them again, which was a
 * third of the CPU of a 50-visit page. Queried with queryRows, straight through pg (a Prisma findMany of 50 visits
 * costs about 1.5 ms of CPU, the same rows through $queryRaw about 0.8 ms, through pg about 0.35 ms).
 */
export const VISIT_COORDINATES = Prisma.sql`CASE WHEN longitude IS NOT NULL AND latitude IS NOT NULL THEN json_build_array(longitude, latitude) END`;
export const visitJson = ({ evidence }: { evidence: boolean }) =>
  Prisma.sql`json_build_object('id', id, 'envoyId', envoy_id, 'envoy', envoy, 'city', city, 'country', country,
    'date', date, 'endDate', end_date, 'mode', mode,
    'coordinates', ${VISIT_COORDINATES},
    'counterparts', counterparts, 'companions', companions, 'corroboration', corroboration, 'confirmedBy', confirmed_by,
    'sources', ${viewedSources({ evidence })})::text`;
export const VISIT_ITEM_JSON = visitJson({ evidence: false });

export const ENVOY_COLUMNS = Prisma.sql`id, name, aliases, country, roles, visit_count AS "visitCount", first_date AS "firstDate", last_date AS "lastDate"`;

export const envoyView = (row: Envoy): EnvoyView => ({
  id: row.id,
  name: row.name,
  aliases: row.aliases,
  country: row.country,
  roles: row.roles as EnvoyView['roles'],
  visitCount: row.visitCount,
  firstDate: row.firstDate,
  lastDate: row.lastDate,
});

export const visitIdParam = z.string().regex(/^[a-z]+_[0-9a-f]{1,64}$/, 'a visit id such as visit_313f7d0d63bd240d9cba');

export const envoyIdParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an envoy id such as zalmay-khalilzad').max(200, 'at most 200 characters');
