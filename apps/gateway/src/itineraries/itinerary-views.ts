import type { EnvoyModel as Envoy, VisitModel as Visit } from '@newsroom/database';
import { envoyViewSchema, type EnvoyView, type VisitView } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export type { EnvoyView } from '@newsroom/api-views';
export class EnvoyViewDto extends createZodDto(envoyViewSchema) {}

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
  sources: (row.sources as Array<VisitView['sources'][number] & { ordinal?: number }>).map(({ ordinal: _ordinal, ...s }) => s),
});

export const envoyIdParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an envoy id such as zalmay-khalilzad').max(200, 'at most 200 characters');
