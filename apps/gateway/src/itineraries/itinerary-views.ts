import { Prisma, type EnvoyModel as Envoy, type VisitModel } from '@newsroom/database';
import { envoyViewSchema, visitDetailSchema, type EnvoyView, type VisitDetailView, type VisitView } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export type { EnvoyView, VisitDetailView } from '@newsroom/api-views';
export class EnvoyViewDto extends createZodDto(envoyViewSchema) {}
export class VisitDetailDto extends createZodDto(visitDetailSchema) {}

/** A visits row as the read routes select it (VISIT_COLUMNS). */
export type Visit = Omit<VisitModel, 'bucket'>;

/**
 * The columns of a visit the views need, named as Prisma's model names them: the hot read routes run their SQL with
 * queryRows, straight through pg (a Prisma findMany of 50 visits costs about 1.5 ms of CPU, the same rows through
 * $queryRaw about 0.8 ms, through pg about 0.35 ms).
 */
export const VISIT_COLUMNS = Prisma.sql`id, envoy_id AS "envoyId", envoy, city, country, date, end_date AS "endDate", mode, longitude, latitude,
  counterparts, companions, sources, corroboration, confirmed_by AS "confirmedBy"`;
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

type StoredSource = VisitDetailView['sources'][number] & { ordinal?: number };

/** One visit with its evidence (GET /api/visits/{id}). */
export const visitDetailView = (row: Visit): VisitDetailView => ({
  ...visitView(row),
  sources: (row.sources as StoredSource[]).map(({ ordinal: _ordinal, ...s }) => s),
});

/** A visit as lists and itineraries give it: its sources without their evidence sentences. */
export const visitView = (row: Visit): VisitView => ({
  id: row.id,
  envoyId: row.envoyId,
  envoy: row.envoy,
  city: row.city,
  country: row.country,
  date: row.date,
  endDate: row.endDate,
  mode: row.mode as VisitView['mode'],
  coordinates: row.longitude !== null && row.latitude !== null ? [row.longitude, row.latitude] : null,
  counterparts: row.counterparts as VisitView['counterparts'],
  companions: row.companions as VisitView['companions'],
  corroboration: row.corroboration,
  confirmedBy: row.confirmedBy,
  sources: (row.sources as StoredSource[]).map(({ articleId, outlet, url, publishedAt }) => ({ articleId, outlet, url, publishedAt })),
});

export const visitIdParam = z.string().regex(/^[a-z]+_[0-9a-f]{1,64}$/, 'a visit id such as visit_313f7d0d63bd240d9cba');

export const envoyIdParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an envoy id such as zalmay-khalilzad').max(200, 'at most 200 characters');
