import { Query } from '@nestjs/cqrs';
import type { Extraction } from '@newsroom/extraction';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The extraction contract (../shared/contracts/extraction.md), as the read models hold it. */
export const extractionSchema = z.object({
  articleId: z.string(),
  extractorVersion: z.string(),
  publishedAt: z.string().nullable(),
  visits: z.array(
    z.object({
      envoy: z.string(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      date: z.string().nullable(),
      mode: z.enum(['in_person', 'virtual', 'planned']),
      counterparts: z.array(z.string()),
      companions: z.array(z.string()),
      evidence: z.string(),
    }),
  ),
  statements: z.array(z.object({ speaker: z.string(), text: z.string(), type: z.enum(['direct', 'indirect']), evidence: z.string() })),
  status: z.array(
    z.object({
      track: z.string(),
      state: z.enum(['scheduled', 'opened', 'ongoing', 'paused', 'stalled', 'resumed', 'agreement_signed', 'cancelled', 'collapsed']),
      date: z.string().nullable(),
      evidence: z.string(),
    }),
  ),
});
export class ExtractionDto extends createZodDto(extractionSchema) {}

export class GetExtractionQuery extends Query<Extraction> {
  constructor(readonly articleId: string) {
    super();
  }
}
