import { Query } from '@nestjs/cqrs';
import { envoyPageSchema, type EnvoyPage } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParams } from '../../common/pagination';
import { textParam } from '../../common/query-params';

export const listEnvoysParamsSchema = z
  .object({ q: textParam().optional().describe('part of the name or an alias'), ...pageParams })
  .strict();
export class ListEnvoysParamsDto extends createZodDto(listEnvoysParamsSchema) {}

export type { EnvoyPage } from '@newsroom/api-views';
export class EnvoyPageDto extends createZodDto(envoyPageSchema) {}

export class ListEnvoysQuery extends Query<EnvoyPage> {
  constructor(readonly params: z.infer<typeof listEnvoysParamsSchema>) {
    super();
  }
}
