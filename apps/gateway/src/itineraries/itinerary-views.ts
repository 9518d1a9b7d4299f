import type { EnvoyModel as Envoy, VisitModel as Visit } from '@newsroom/database';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const sourceSchema = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  evidence: z.string().describe('the sentence(s) the fact comes from'),
});
const sourcedNameSchema = z.object({ name: z.string(), articleIds: z.array(z.string()) });

export const envoyViewSchema = z.object({
  id: z.string().describe('the canonical name as a slug, e.g. zalmay-khalilzad'),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  roles: z.array(z.object({ title: z.string(), kind: z.string(), from: z.string().optional(), to: z.string().optional() })),
  visitCount: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type EnvoyView = z.infer<typeof envoyViewSchema>;
export class EnvoyViewDto extends createZodDto(envoyViewSchema) {}

export const visitViewSchema = z.object({
  id: z.string(),
  envoyId: z.string(),
  envoy: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2'),
  date: z.string().nullable().describe('first day (YYYY-MM-DD), null when no report fixes it'),
  endDate: z.string().nullable(),
  mode: z.enum(['in_person', 'virtual', 'planned']),
  coordinates: z.tuple([z.number(), z.number()]).nullable().describe('[longitude, latitude]'),
  counterparts: z.array(sourcedNameSchema),
  companions: z.array(sourcedNameSchema),
  corroboration: z.number().int().describe('independent outlets reporting the visit'),
  confirmedBy: z.string().nullable().describe('planned visits: the id of the visit that happened, null while unconfirmed'),
  sources: z.array(sourceSchema),
});
export type VisitView = z.infer<typeof visitViewSchema>;

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
