import { Prisma, type EnvoyModel as Envoy } from '@newsroom/database';
import { envoyViewSchema, visitDetailSchema, type EnvoyView } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export type { EnvoyView, VisitDetailView } from '@newsroom/api-views';
export class EnvoyViewDto extends createZodDto(envoyViewSchema) {}
export class VisitDetailDto extends createZodDto(visitDetailSchema) {}

/**
 * A visit as the API gives it, serialised by Postgres (visit_view, see the migration stored_view_items): the hot
 * routes send the text Postgres wrote instead of parsing rows into objects and serialising them again, which was a
 * third of the CPU of a 50-visit page. Lists read the view stored with the row (visitViewSchema, without evidence),
 * built once when the projector writes it; the detail (visitDetailSchema) builds it with the evidence sentences.
 * Queried with queryRows, straight through pg (a Prisma findMany of 50 visits costs about 1.5 ms of CPU, the same rows
 * through $queryRaw about 0.8 ms, through pg about 0.35 ms).
 */
export const VISIT_ITEM_JSON = Prisma.sql`item`;
export const VISIT_DETAIL_JSON = Prisma.sql`visit_view(id, envoy_id, envoy, city, country, date, end_date, mode, longitude, latitude,
    counterparts, companions, corroboration, confirmed_by, sources, true)`;
export const VISIT_COORDINATES = Prisma.sql`CASE WHEN longitude IS NOT NULL AND latitude IS NOT NULL THEN json_build_array(longitude, latitude) END`;

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
