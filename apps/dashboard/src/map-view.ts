// Map of itineraries: trips as great-circle lines between stops, visits as markers, an envoy filter and a
// date-range slider; a visit (marker or list entry) opens its details.
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldData from 'world-atlas/countries-110m.json';
import { byId, debounce, h, svg } from './dom';
import { MODE_LABEL, place } from './format';
import { byDate, type Store } from './store';
import type { Visit } from './types';
import { visitDetail } from './visit-detail';

const W = 960;
/** map height in viewBox units: wide screens get a landscape map, narrow ones a taller one */
const heightFor = (pixelWidth: number) => (pixelWidth && pixelWidth < 600 ? 760 : 500);
const MAX_ZOOM = 6;
const FRESH_MS = 60_000;
const ENVOY_COLOURS = ['#1f5fa8', '#b3361d', '#2e7d32', '#7b3fa0', '#8a5300', '#00796b', '#c2185b', '#455a64'];

const world = worldData as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const countries = feature(world, world.objects.countries);
const borders = mesh(world, world.objects.countries, (a, b) => a !== b);

const DAY = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export class MapView {
  private readonly envoySelect = byId<HTMLSelectElement>('map-envoy');
  private readonly fromInput = byId<HTMLInputElement>('map-from');
  private readonly toInput = byId<HTMLInputElement>('map-to');
  private readonly fromOutput = byId<HTMLOutputElement>('map-from-value');
  private readonly toOutput = byId<HTMLOutputElement>('map-to-value');
  private readonly worldToggle = byId<HTMLInputElement>('map-world');
  private readonly figure = byId('map-canvas');
  private readonly legend = byId('map-legend');
  private readonly list = byId('map-visits');
  private readonly count = byId('map-count');
  private readonly detail = byId('map-detail');
  private selected: string | undefined;
  private domain: [number, number] | undefined;
  private frame = 0;

  constructor(private readonly store: Store) {
    const redraw = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.render());
    };
    this.envoySelect.addEventListener('change', redraw);
    this.worldToggle.addEventListener('change', redraw);
    for (const [input, other, isFrom] of [
      [this.fromInput, this.toInput, true],
      [this.toInput, this.fromInput, false],
    ] as const) {
      input.addEventListener('input', () => {
        // the two ends never cross
        if (isFrom ? +input.value > +other.value : +input.value < +other.value) input.value = other.value;
        redraw();
      });
    }
    store.subscribe(() => this.render());
    let width = 0;
    window.addEventListener(
      'resize',
      debounce(() => width !== this.figure.clientWidth && ((width = this.figure.clientWidth), this.render()), 200),
    );
    setInterval(() => this.store.fresh.size && this.render(), FRESH_MS / 2);
  }

  /** A colour per envoy that stays the same as envoys come and go. */
  private colourOf(envoyId: string): string {
    let hash = 0;
    for (const char of envoyId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return ENVOY_COLOURS[hash % ENVOY_COLOURS.length];
  }

  private syncControls(): void {
    const current = this.envoySelect.value;
    this.envoySelect.replaceChildren(
      h('option', { value: '' }, 'All envoys'),
      ...this.store.envoys.map((e) => h('option', { value: e.id, selected: e.id === current }, `${e.name} (${e.visitCount})`)),
    );
    const days = [...this.store.visits.values()].flatMap((v) => [v.date, v.endDate]).filter((d): d is string => !!d).map(toDay);
    this.fromInput.disabled = this.toInput.disabled = !days.length;
    if (!days.length) return;
    const next: [number, number] = [Math.min(...days), Math.max(...days)];
    const [from, to] = [+this.fromInput.value, +this.toInput.value];
    // a slider at an end of the old range follows the range as it grows
    const keepFrom = this.domain && from !== this.domain[0];
    const keepTo = this.domain && to !== this.domain[1];
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(next[0]);
      input.max = String(next[1]);
    }
    this.fromInput.value = String(keepFrom ? Math.max(from, next[0]) : next[0]);
    this.toInput.value = String(keepTo ? Math.min(to, next[1]) : next[1]);
    this.domain = next;
  }

  private shownVisits(): Visit[] {
    const envoy = this.envoySelect.value;
    const from = fromDay(+this.fromInput.value);
    const to = fromDay(+this.toInput.value);
    return [...this.store.visits.values()]
      .filter((v) => !envoy || v.envoyId === envoy)
      .filter((v) => !this.domain || !v.date || (v.date <= to && (v.endDate ?? v.date) >= from))
      .sort(byDate);
  }

  render(): void {
    this.syncControls();
    for (const [id, at] of this.store.fresh) if (Date.now() - at > FRESH_MS) this.store.fresh.delete(id);
    if (this.domain) {
      this.fromOutput.value = fromDay(+this.fromInput.value);
      this.toOutput.value = fromDay(+this.toInput.value);
      this.fromInput.setAttribute('aria-valuetext', this.fromOutput.value);
      this.toInput.setAttribute('aria-valuetext', this.toOutput.value);
    }
    const visits = this.shownVisits();
    const placed = visits.filter((v) => v.coordinates);
    const H = heightFor(this.figure.clientWidth);
    const projection = fit(placed.map((v) => v.coordinates!), this.worldToggle.checked, H);
    const path = geoPath(projection);
    const shownIds = new Set(visits.map((v) => v.id));
    const trips = [...this.store.trips.values()].flat().filter((t) => t.stops.some((s) => shownIds.has(s.visitId)));
    // a live redraw must not take the keyboard focus away from the visit it was on
    const focusedId = document.activeElement?.getAttribute('data-visit-id');
    const focusedIn = focusedId ? [this.figure, this.list].find((container) => container.contains(document.activeElement)) : undefined;

    // markers keep a readable size on narrow screens; visits at the same place fan out around it
    const radius = 6 * Math.min(2.5, Math.max(1, W / Math.max(320, this.figure.clientWidth || W)));
    const spots = new Map<string, Visit[]>();
    for (const visit of placed) {
      const [x, y] = projection(visit.coordinates!) ?? [-100, -100];
      const key = `${Math.round(x)},${Math.round(y)}`;
      spots.set(key, [...(spots.get(key) ?? []), visit]);
    }
    const markers = [...spots.values()].flatMap((group) => group.map((visit, i) => {
      const [cx, cy] = projection(visit.coordinates!) ?? [-100, -100];
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const spread = group.length > 1 ? radius * 1.6 : 0;
      const [x, y] = [cx + spread * Math.cos(angle), cy + spread * Math.sin(angle)];
      const label = `${visit.envoy}, ${place(visit.city, visit.country)}, ${visit.date ?? 'undated'}, ${MODE_LABEL[visit.mode]}`;
      return svg(
        'circle',
        {
          cx: x.toFixed(1),
          cy: y.toFixed(1),
          r: radius.toFixed(1),
          class: `visit mode-${visit.mode}${this.store.fresh.has(visit.id) ? ' fresh' : ''}${visit.id === this.selected ? ' selected' : ''}`,
          style: { '--envoy': this.colourOf(visit.envoyId) },
          tabindex: 0,
          role: 'button',
          'aria-label': label,
          'aria-pressed': String(visit.id === this.selected),
          'data-visit-id': visit.id,
          onclick: () => this.select(visit.id),
          onkeydown: (event: KeyboardEvent) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              this.select(visit.id);
            }
          },
        },
        svg('title', {}, label),
      );
    }));
    this.figure.replaceChildren(
      svg(
        'svg',
        { viewBox: `0 0 ${W} ${H}`, class: 'world', role: 'group', 'aria-label': `World map with ${placed.length} visits` },
        svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
        svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }),
        svg('g', { class: 'countries', 'aria-hidden': 'true' }, countries.features.map((f) => svg('path', { d: path(f) ?? '' }))),
        svg('path', { class: 'borders', d: path(borders) ?? '', 'aria-hidden': 'true' }),
        svg(
          'g',
          { class: 'trips', 'aria-hidden': 'true' },
          trips.map((trip) => {
            const points = trip.stops.filter((s) => s.coordinates && shownIds.has(s.visitId)).map((s) => s.coordinates!);
            return points.length < 2 ? null : svg('path', { d: path({ type: 'LineString', coordinates: points }) ?? '', stroke: this.colourOf(trip.envoyId), 'data-envoy': trip.envoyId });
          }),
        ),
        svg('g', { class: 'visits' }, markers),
      ),
    );

    const envoysShown = [...new Set(visits.map((v) => v.envoyId))];
    this.legend.replaceChildren(
      ...envoysShown.map((id) => h('li', {}, h('span', { class: 'swatch', style: { background: this.colourOf(id) }, 'aria-hidden': 'true' }), this.store.envoys.find((e) => e.id === id)?.name ?? id)),
      h('li', {}, h('span', { class: 'symbol mode-in_person', 'aria-hidden': 'true' }), 'in person'),
      h('li', {}, h('span', { class: 'symbol mode-virtual', 'aria-hidden': 'true' }), 'virtual'),
      h('li', {}, h('span', { class: 'symbol mode-planned', 'aria-hidden': 'true' }), 'planned'),
    );
    const unplaced = visits.length - placed.length;
    this.count.textContent = `${visits.length} visit${visits.length === 1 ? '' : 's'} shown${unplaced ? ` (${unplaced} without coordinates, listed only)` : ''}`;
    this.list.replaceChildren(
      ...visits.map((visit) =>
        h(
          'li',
          { class: this.store.fresh.has(visit.id) ? 'fresh' : '' },
          h(
            'button',
            { type: 'button', class: 'link', 'data-visit-id': visit.id, 'aria-pressed': String(visit.id === this.selected), onclick: () => this.select(visit.id) },
            h('span', { class: 'swatch', style: { background: this.colourOf(visit.envoyId) }, 'aria-hidden': 'true' }),
            `${visit.date ?? 'undated'} · ${visit.envoy} · ${place(visit.city, visit.country)}`,
          ),
          ' ',
          h('span', { class: `badge mode-${visit.mode}` }, MODE_LABEL[visit.mode]),
          this.store.fresh.has(visit.id) ? h('span', { class: 'badge new' }, 'new') : null,
        ),
      ),
    );
    if (focusedId && focusedIn) focusedIn.querySelector<HTMLElement | SVGElement>(`[data-visit-id="${CSS.escape(focusedId)}"]`)?.focus();
    const selected = this.selected ? this.store.visits.get(this.selected) : undefined;
    if (selected) this.detail.replaceChildren(visitDetail(selected, (id) => this.store.visits.get(id), this.store.visitDetail(selected.id)));
  }

  private select(visitId: string): void {
    this.selected = visitId;
    this.render();
    byId('visit-detail-title').focus();
  }
}

/** The whole world, or zoomed (at most MAX_ZOOM times) onto the visits shown. */
function fit(points: [number, number][], wholeWorld: boolean, H: number): GeoProjection {
  const worldProjection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [W - 4, H - 4],
    ],
    { type: 'Sphere' },
  );
  if (wholeWorld || !points.length) return worldProjection;
  const target = geoNaturalEarth1().fitExtent(
    [
      [80, 60],
      [W - 80, H - 60],
    ],
    { type: 'MultiPoint', coordinates: points },
  );
  const worldScale = worldProjection.scale();
  const fits = Number.isFinite(target.scale()) && target.scale() > 0;
  const scale = Math.min(fits ? target.scale() : Infinity, worldScale * MAX_ZOOM);
  if (scale <= worldScale) return worldProjection;
  const center = fits ? target.invert!([W / 2, H / 2])! : points[0];
  return geoNaturalEarth1().scale(scale).center(center).translate([W / 2, H / 2]);
}
