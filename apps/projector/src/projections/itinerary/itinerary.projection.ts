import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { TransactionClient } from '@newsroom/database';
import { personProfile } from '@newsroom/extraction';
import { envoyId, mergeVisits, visitBucket, type MergedVisit, type VisitReport } from '@newsroom/read-models';
import { ArticleEventReceived } from '../article-event-received.event';
import { replaceArticleFacts } from '../article-facts.writer';
import { asJson, syncMergedRows } from '../merged-rows.writer';
import { cityCoordinates } from './city-coordinates';

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort();

function visitRow(v: MergedVisit, bucket: string) {
  const coordinates = cityCoordinates(v.city, v.country);
  return {
    id: v.id,
    envoyId: envoyId(v.envoy),
    envoy: v.envoy,
    bucket,
    city: v.city,
    country: v.country,
    date: v.date,
    endDate: v.endDate,
    mode: v.mode,
    longitude: coordinates?.[0] ?? null,
    latitude: coordinates?.[1] ?? null,
    counterparts: asJson(v.counterparts),
    companions: asJson(v.companions),
    sources: asJson(v.sources),
    corroboration: v.corroboration,
    confirmedBy: v.confirmedBy,
  };
}

/**
 * article_visits (each article's visits, with provenance), then the envoy itineraries: the merged visits of every
 * envoy and place the article touches (before and after this event), and the envoys' summaries.
 */
@EventsHandler(ArticleEventReceived)
export class ItineraryProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    received.track(() => this.apply(received));
  }

  private async apply({ after, facts, tx }: ArticleEventReceived): Promise<void> {
    const previous = await tx.articleVisit.findMany({ where: { articleId: after.id }, select: { bucket: true, envoy: true } });
    const rows = facts.visits.map((v, ordinal) => ({
      articleId: after.id,
      ordinal,
      envoy: v.envoy,
      city: v.city,
      country: v.country,
      date: v.date,
      mode: v.mode,
      counterparts: v.counterparts,
      companions: v.companions,
      evidence: v.evidence,
      extractorVersion: facts.extractorVersion,
      bucket: visitBucket(v),
      outlet: after.outlet,
      url: after.url,
      publishedAt: after.publishedAt,
    }));
    await replaceArticleFacts(tx.articleVisit, after.id, rows);
    const buckets = uniqueSorted([...previous, ...rows].map((r) => r.bucket));
    if (!buckets.length) return;

    const reports = await tx.articleVisit.findMany({ where: { bucket: { in: buckets } }, orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] });
    const computed = buckets.flatMap((bucket) =>
      mergeVisits(reports.filter((r) => r.bucket === bucket) as VisitReport[]).map((v) => visitRow(v, bucket)),
    );
    const existing = await tx.visit.findMany({ where: { bucket: { in: buckets } } });
    await syncMergedRows(
      tx,
      existing,
      computed,
      {
        remove: (ids) => tx.visit.deleteMany({ where: { id: { in: ids } } }),
        create: (data) => tx.visit.createMany({ data }),
        update: ({ id, ...data }) => tx.visit.update({ where: { id }, data }),
      },
      (v) => ({ kind: 'visit', envoy: v.envoy }),
    );
    await refreshEnvoys(tx, uniqueSorted([...previous, ...rows].map((r) => r.envoy)));
  }
}

/** envoys: one row per envoy with at least one visit; roles and aliases from the knowledge files. */
async function refreshEnvoys(tx: TransactionClient, names: string[]): Promise<void> {
  const ids = names.map(envoyId);
  const stats = await tx.visit.groupBy({
    by: ['envoyId'],
    where: { envoyId: { in: ids } },
    _count: { _all: true },
    _min: { date: true },
    _max: { date: true },
  });
  const computed = names.flatMap((name) => {
    const s = stats.find((x) => x.envoyId === envoyId(name));
    if (!s) return [];
    const profile = personProfile(name);
    return [
      {
        id: envoyId(name),
        name,
        aliases: profile?.aliases ?? [],
        country: profile?.country ?? null,
        roles: asJson(profile?.roles ?? []),
        visitCount: s._count._all,
        firstDate: s._min.date,
        lastDate: s._max.date,
      },
    ];
  });
  const existing = await tx.envoy.findMany({ where: { id: { in: ids } } });
  await syncMergedRows(
    tx,
    existing,
    computed,
    {
      remove: (removed) => tx.envoy.deleteMany({ where: { id: { in: removed } } }),
      create: (data) => tx.envoy.createMany({ data }),
      update: ({ id, ...data }) => tx.envoy.update({ where: { id }, data }),
    },
    (e) => ({ kind: 'envoy', envoy: e.name }),
  );
}
