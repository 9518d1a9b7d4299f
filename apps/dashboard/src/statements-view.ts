// The statement log: full-text search, speaker, organisation and track filters, newest first, each with its sources.
import { api, query } from './api';
import { byId, debounce, h } from './dom';
import { sourceItem, trackName } from './format';
import type { Page, Statement } from './types';

export class StatementsView {
  private readonly form = byId<HTMLFormElement>('statements-form');
  private readonly q = byId<HTMLInputElement>('statements-q');
  private readonly speaker = byId<HTMLInputElement>('statements-speaker');
  private readonly organisation = byId<HTMLInputElement>('statements-organisation');
  private readonly track = byId<HTMLSelectElement>('statements-track');
  private readonly list = byId('statements-list');
  private readonly count = byId('statements-count');
  private readonly more = byId<HTMLButtonElement>('statements-more');
  private cursor: string | null = null;
  private shown = 0;
  private generation = 0;
  stale = true;

  constructor() {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    const later = debounce(() => void this.search(), 350);
    this.q.addEventListener('input', later);
    this.speaker.addEventListener('input', later);
    this.organisation.addEventListener('input', later);
    this.track.addEventListener('change', () => void this.search());
    this.more.addEventListener('click', () => void this.search(true));
  }

  setTracks(tracks: string[]): void {
    const current = this.track.value;
    this.track.replaceChildren(h('option', { value: '' }, 'All tracks'), ...tracks.map((t) => h('option', { value: t, selected: t === current }, trackName(t))));
  }

  setSpeakers(names: string[]): void {
    byId('statements-speakers').replaceChildren(...names.map((n) => h('option', { value: n })));
  }

  async search(next = false): Promise<void> {
    const generation = ++this.generation;
    this.stale = false;
    const params = {
      q: this.q.value.trim(),
      speaker: this.speaker.value.trim(),
      organisation: this.organisation.value.trim(),
      track: this.track.value,
      limit: 25,
      cursor: next ? this.cursor : undefined,
    };
    this.list.setAttribute('aria-busy', 'true');
    try {
      const page = await api<Page<Statement>>(`/api/statements${query(params)}`);
      if (generation !== this.generation) return;
      if (!next) {
        this.list.replaceChildren();
        this.shown = 0;
      }
      this.list.append(...page.items.map(statementCard));
      this.shown += page.items.length;
      this.cursor = page.nextCursor;
      this.more.hidden = !page.nextCursor;
      this.count.textContent = this.shown ? `${this.shown}${page.nextCursor ? '+' : ''} statement${this.shown === 1 ? '' : 's'}` : 'No statement matches.';
    } catch (error) {
      if (generation === this.generation) this.count.textContent = `Search failed: ${(error as Error).message}`;
    } finally {
      if (generation === this.generation) this.list.removeAttribute('aria-busy');
    }
  }
}

function statementCard(statement: Statement): HTMLLIElement {
  return h(
    'li',
    { class: 'statement', 'data-statement-id': statement.id },
    h('blockquote', { class: statement.type }, statement.type === 'direct' ? `“${statement.text}”` : statement.text),
    h(
      'p',
      { class: 'meta' },
      h('strong', {}, statement.speaker),
      ` · ${statement.date ?? 'undated'} · ${statement.type === 'direct' ? 'quoted' : 'reported'} · ${statement.corroboration} outlet${statement.corroboration === 1 ? '' : 's'}`,
      ...statement.tracks.map((t) => [' ', h('span', { class: 'badge track' }, trackName(t))]),
    ),
    h(
      'ul',
      { class: 'sources compact', 'aria-label': 'Sources' },
      statement.sources.map((s) => sourceItem(s, { evidence: false })),
      // lists carry the first sources only (see STATEMENT_LIST_SOURCES)
      statement.sourceCount > statement.sources.length ? h('li', { class: 'more' }, `and ${statement.sourceCount - statement.sources.length} more`) : null,
    ),
  );
}
