// Envoys, their visits and trips, loaded once and kept current from the live stream; the map and the timeline
// draw from here.
import { allPages, api } from './api';
import type { Envoy, Itinerary, Visit, VisitDetail } from './types';

export interface Trip {
  envoyId: string;
  stops: { visitId: string; coordinates: [number, number] | null; date: string | null }[];
}

export class Store {
  envoys: Envoy[] = [];
  visits = new Map<string, Visit>();
  trips = new Map<string, Trip[]>();
  /** visits opened, with each source's evidence (list items have none), until their envoy's visits are re-read */
  private readonly details = new Map<string, Promise<VisitDetail>>();
  /** visits that arrived live, with the time they did (the map marks them for a while) */
  readonly fresh = new Map<string, number>();
  private listeners: (() => void)[] = [];
  private loaded = false;

  subscribe(listener: () => void): void {
    this.listeners.push(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  async load(): Promise<void> {
    const [envoys, visits] = await Promise.all([allPages<Envoy>('/api/envoys'), allPages<Visit>('/api/visits')]);
    this.envoys = sortEnvoys(envoys);
    this.visits = new Map(visits.map((v) => [v.id, v]));
    this.details.clear();
    this.trips = new Map();
    await inBatches(envoys, 4, (e) => this.loadTrips(e.id));
    this.loaded = true;
    this.emit();
  }

  /** Re-reads what belongs to the envoys named in live changes; new visit ids are marked fresh. */
  async refreshEnvoys(names: Set<string>): Promise<void> {
    if (!this.loaded) return this.load();
    this.envoys = sortEnvoys(await allPages<Envoy>('/api/envoys'));
    const ids = this.envoys.filter((e) => names.has(e.name)).map((e) => e.id);
    await inBatches(ids, 4, async (id) => {
      const visits = await allPages<Visit>('/api/visits', { envoy: id });
      const before = new Set(this.visits.keys());
      for (const [visitId, visit] of this.visits) {
        if (visit.envoyId !== id) continue;
        this.visits.delete(visitId);
        this.details.delete(visitId);
      }
      for (const visit of visits) {
        if (!before.has(visit.id)) this.fresh.set(visit.id, Date.now());
        this.visits.set(visit.id, visit);
      }
      await this.loadTrips(id);
    });
    this.emit();
  }

  private async loadTrips(envoyId: string): Promise<void> {
    const itinerary = await api<Itinerary>(`/api/envoys/${encodeURIComponent(envoyId)}/itinerary`);
    this.trips.set(
      envoyId,
      itinerary.trips.map((t) => ({ envoyId, stops: t.stops.map((s) => ({ visitId: s.visitId, coordinates: s.coordinates, date: s.date })) })),
    );
  }

  /** One visit with its sources' evidence, read once (again after a live change of its envoy's visits). */
  visitDetail(visitId: string): Promise<VisitDetail> {
    let detail = this.details.get(visitId);
    if (!detail) {
      detail = api<VisitDetail>(`/api/visits/${encodeURIComponent(visitId)}`);
      this.details.set(visitId, detail);
      detail.catch(() => this.details.get(visitId) === detail && this.details.delete(visitId));
    }
    return detail;
  }

  visitsOf(envoyId: string): Visit[] {
    return [...this.visits.values()].filter((v) => v.envoyId === envoyId).sort(byDate);
  }
}

const sortEnvoys = (envoys: Envoy[]): Envoy[] => [...envoys].sort((a, b) => b.visitCount - a.visitCount || a.name.localeCompare(b.name));

/** Dated visits first, in order; undated ones last. */
export const byDate = (a: Visit, b: Visit): number => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}
