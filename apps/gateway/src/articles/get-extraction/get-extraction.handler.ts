import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import type { Extraction, StatusClaim, Visit } from '@newsroom/extraction';
import { GetExtractionQuery } from './get-extraction.query';

/** One article's facts in the contract's shape, read from the per-article read models (not a fresh extraction). */
@QueryHandler(GetExtractionQuery)
export class GetExtractionHandler implements IQueryHandler<GetExtractionQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ articleId }: GetExtractionQuery): Promise<Extraction> {
    const db = this.prisma.client;
    const byOrdinal = { where: { articleId }, orderBy: { ordinal: 'asc' as const } };
    const [article, visits, statements, status] = await Promise.all([
      db.article.findUnique({ where: { id: articleId } }),
      db.articleVisit.findMany(byOrdinal),
      db.articleStatement.findMany(byOrdinal),
      db.articleStatusClaim.findMany(byOrdinal),
    ]);
    if (!article?.extractorVersion) throw new NotFoundException(`article ${articleId} has no projected facts (unknown, or not projected yet)`);
    return {
      articleId,
      extractorVersion: article.extractorVersion,
      publishedAt: article.publishedAt,
      visits: visits.map((v) => ({
        envoy: v.envoy,
        city: v.city,
        country: v.country,
        date: v.date,
        mode: v.mode as Visit['mode'],
        counterparts: v.counterparts,
        companions: v.companions,
        evidence: v.evidence,
      })),
      statements: statements.map((s) => ({ speaker: s.speaker, text: s.text, type: s.type as 'direct' | 'indirect', evidence: s.evidence })),
      status: status.map((c) => ({ track: c.track, state: c.state as StatusClaim['state'], date: c.date, evidence: c.evidence })),
    };
  }
}
