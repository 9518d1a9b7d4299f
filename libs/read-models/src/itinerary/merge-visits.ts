// Visits merged across articles: the same envoy in the same place, in the same mode, on the same, an adjacent or an
// unknown but compatible day is one visit, with every report kept as a source. Pure and order-independent: the
// result depends only on the set of reports, so a live projection and a replay agree.
import type { Visit, VisitMode } from '@newsroom/extraction';
import { compareSources, daysBetween, independentOutlets, stableId, unionNames, type Source, type SourcedName } from '../shared/source';

/** One article's visit, as the per-article read model holds it (its evidence is the source's). */
export interface VisitReport extends Source, Omit<Visit, 'evidence'> {}

export interface MergedVisit {
  id: string;
  envoy: string;
  city: string | null;
  country: string | null;
  /** The day of the visit; the earliest reported day when reports span adjacent days; null when none gives one. */
  date: string | null;
  /** The last reported day (equals date for a one-day visit). */
  endDate: string | null;
  mode: VisitMode;
  counterparts: SourcedName[];
  companions: SourcedName[];
  sources: Source[];
  /** How many independent outlets report it. */
  corroboration: number;
  /** For a planned visit: the id of the visit that then happened, or null while none is known. */
  confirmedBy: string | null;
}

/** Reports up to this many days apart describe one stay (a visit reported on arrival and on departure). */
export const ADJACENT_DAYS = 1;
/** An undated report belongs to a dated visit that ended at most this many days before the article appeared. */
export const UNDATED_WINDOW_DAYS = 7;
/** A planned trip is confirmed by a visit this many days around its planned day (or after the announcement). */
export const PLAN_WINDOW_DAYS = 3;
export const UNDATED_PLAN_WINDOW_DAYS = 45;

/** Reports that can only merge with each other: same envoy, place and mode. */
export function visitBucket(v: Pick<VisitReport, 'envoy' | 'city' | 'country'>): string {
  return [v.envoy, v.city ?? '', v.country ?? ''].join('|');
}

interface Cluster {
  reports: VisitReport[];
  first: string | null;
  last: string | null;
}

function clusterByDate(reports: VisitReport[]): Cluster[] {
  const dated = reports.filter((r) => r.date).sort((a, b) => a.date!.localeCompare(b.date!) || compareSources(a, b));
  const clusters: Cluster[] = [];
  for (const r of dated) {
    const open = clusters.at(-1);
    if (open && daysBetween(open.last!, r.date!) <= ADJACENT_DAYS) {
      open.reports.push(r);
      open.last = r.date;
    } else clusters.push({ reports: [r], first: r.date, last: r.date });
  }
  const undated = reports.filter((r) => !r.date).sort(compareSources);
  const loose: Cluster[] = [];
  for (const r of undated) {
    // the latest dated stay that ended shortly before the article appeared
    const home = r.publishedAt
      ? [...clusters].reverse().find((c) => {
          const gap = daysBetween(c.last!, r.publishedAt!);
          return gap >= 0 && gap <= UNDATED_WINDOW_DAYS;
        })
      : undefined;
    if (home) {
      home.reports.push(r);
      continue;
    }
    // undated reports published within the window of each other are taken as one visit
    const near = loose.find((c) => {
      const anchor = c.reports[0].publishedAt;
      return anchor === r.publishedAt || (anchor && r.publishedAt && Math.abs(daysBetween(anchor, r.publishedAt)) <= UNDATED_WINDOW_DAYS);
    });
    if (near) near.reports.push(r);
    else loose.push({ reports: [r], first: null, last: null });
  }
  return [...clusters, ...loose];
}

function toMerged(envoy: string, city: string | null, country: string | null, mode: VisitMode, cluster: Cluster): MergedVisit {
  const sources = [...cluster.reports].sort(compareSources);
  const anchor = cluster.first ?? `undated:${sources[0].publishedAt ?? sources[0].articleId}`;
  return {
    id: stableId('visit', envoy, city, country, mode, anchor),
    envoy,
    city,
    country,
    date: cluster.first,
    endDate: cluster.last,
    mode,
    counterparts: unionNames(sources.map((s) => ({ names: s.counterparts, articleId: s.articleId }))),
    companions: unionNames(sources.map((s) => ({ names: s.companions, articleId: s.articleId }))),
    sources: sources.map(({ articleId, ordinal, outlet, url, publishedAt, evidence }) => ({ articleId, ordinal, outlet, url, publishedAt, evidence })),
    corroboration: independentOutlets(sources),
    confirmedBy: null,
  };
}

/** A planned visit is confirmed by an in-person visit in the same place around the planned day (or after the announcement). */
function confirmation(plan: MergedVisit, happened: MergedVisit[]): string | null {
  const announced = plan.sources[0].publishedAt;
  const match = happened.find((v) => {
    if (!v.date) return false;
    if (plan.date) return Math.abs(daysBetween(plan.date, v.date)) <= PLAN_WINDOW_DAYS;
    if (!announced) return false;
    const after = daysBetween(announced, v.date);
    return after >= 0 && after <= UNDATED_PLAN_WINDOW_DAYS;
  });
  return match?.id ?? null;
}

/** Merges the reports of ONE bucket (same envoy and place; see visitBucket) into visits, ordered by day. */
export function mergeVisits(reports: VisitReport[]): MergedVisit[] {
  if (!reports.length) return [];
  const { envoy, city, country } = reports[0];
  const byMode = new Map<VisitMode, VisitReport[]>();
  for (const r of reports) byMode.set(r.mode, [...(byMode.get(r.mode) ?? []), r]);
  const merged: MergedVisit[] = [];
  for (const mode of ['in_person', 'virtual', 'planned'] as const) {
    for (const cluster of clusterByDate(byMode.get(mode) ?? [])) merged.push(toMerged(envoy, city, country, mode, cluster));
  }
  const happened = merged.filter((v) => v.mode === 'in_person');
  for (const plan of merged.filter((v) => v.mode === 'planned')) plan.confirmedBy = confirmation(plan, happened);
  return merged.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}
