import { Query } from '@nestjs/cqrs';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParams, pageSchema } from '../../common/pagination';
import { textParam } from '../../common/query-params';
import { envoyViewSchema } from '../itinerary-views';

export const listEnvoysParamsSchema = z
  .object({ q: textParam().optional().describe('part of the name or an alias'), ...pageParams })
  .strict();
export class ListEnvoysParamsDto extends createZodDto(listEnvoysParamsSchema) {}

export const envoyPageSchema = pageSchema(envoyViewSchema);
export type EnvoyPage = z.infer<typeof envoyPageSchema>;
export class EnvoyPageDto extends createZodDto(envoyPageSchema) {}

export class ListEnvoysQuery extends Query<EnvoyPage> {
  constructor(readonly params: z.infer<typeof listEnvoysParamsSchema>) {
    super();
  }
}
