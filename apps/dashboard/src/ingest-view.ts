// Ingest form for publishers: paste text or HTML, see it accepted onto the event log, then its extracted facts.
import { api, ApiError, keys } from './api';
import { byId, h } from './dom';
import { MODE_LABEL, place, stateName, trackName } from './format';
import type { ArticleState, Extraction, Submitted } from './types';

const POLL_MS = 500;
const POLL_LIMIT_MS = 60_000;

export class IngestView {
  private readonly form = byId<HTMLFormElement>('ingest-form');
  private readonly keyInput = byId<HTMLInputElement>('ingest-key');
  private readonly result = byId('ingest-result');
  private readonly submit = byId<HTMLButtonElement>('ingest-submit');

  constructor() {
    this.keyInput.value = keys.get('publisher') ?? '';
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
  }

  private field(name: string): string {
    const el = this.form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | RadioNodeList | null;
    return (el?.value ?? '').trim();
  }

  private async send(): Promise<void> {
    const key = this.keyInput.value.trim();
    if (key) keys.set('publisher', key);
    const text = this.field('text');
    if (!key || !text) {
      this.show('error', !key ? 'A publisher key is needed to submit articles.' : 'Paste the article first.');
      (!key ? this.keyInput : byId('ingest-text')).focus();
      return;
    }
    const body = {
      text,
      format: this.field('format') || undefined,
      title: this.field('title') || undefined,
      url: this.field('url') || undefined,
      outlet: this.field('outlet') || undefined,
      publishedAt: this.field('publishedAt') || undefined,
    };
    this.submit.disabled = true;
    try {
      this.show('pending', 'Sending…');
      const accepted = await api<Submitted>('/api/articles', { role: 'publisher', method: 'POST', body });
      const head = h('p', { class: 'accepted' }, h('strong', {}, accepted.duplicate ? 'Already on the event log' : 'Accepted'), ` — article ${accepted.articleId}, event ${accepted.eventId}.`);
      this.show('pending', head, h('p', { id: 'ingest-state' }, 'Waiting for the projector…'));
      const state = await this.projected(accepted.articleId);
      if (state.state !== 'projected') {
        this.show('error', head, h('p', {}, `The article was not projected: ${state.state}${state.failure ? ` (${state.failure.reason}: ${state.failure.error})` : ''}.`));
        return;
      }
      const facts = await api<Extraction>(`/api/articles/${encodeURIComponent(accepted.articleId)}/extraction`, { role: 'publisher' });
      this.show('done', head, h('p', {}, `Projected with extractor ${facts.extractorVersion}. Extracted facts:`), factsView(facts));
    } catch (error) {
      const e = error as ApiError;
      this.show('error', h('p', {}, `Not accepted: ${e.message}`), e.details?.length ? h('ul', {}, e.details.map((d) => h('li', {}, `${d.field}: ${d.problem}`))) : null);
    } finally {
      this.submit.disabled = false;
    }
  }

  private async projected(articleId: string): Promise<ArticleState> {
    const deadline = Date.now() + POLL_LIMIT_MS;
    for (;;) {
      const state = await api<ArticleState>(`/api/articles/${encodeURIComponent(articleId)}`, { role: 'publisher' });
      if (state.state !== 'accepted' || Date.now() > deadline) return state;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private show(kind: 'pending' | 'done' | 'error', ...content: (Node | string | null)[]): void {
    this.result.className = `result ${kind}`;
    this.result.replaceChildren(...content.filter((c): c is Node | string => c !== null).map((c) => (typeof c === 'string' ? h('p', {}, c) : c)));
  }
}

function factsView(facts: Extraction): HTMLElement {
  const section = (title: string, items: HTMLElement[]) => [h('h4', {}, `${title} (${items.length})`), items.length ? h('ul', {}, items) : h('p', { class: 'muted' }, 'none')];
  return h(
    'div',
    { class: 'facts-list' },
    section(
      'Visits',
      facts.visits.map((v) =>
        h('li', { 'data-fact': 'visit' }, h('strong', {}, v.envoy), ` — ${place(v.city, v.country)}, ${v.date ?? 'undated'}, ${MODE_LABEL[v.mode]}`, v.counterparts.length ? `; met ${v.counterparts.join(', ')}` : ''),
      ),
    ),
    section(
      'Statements',
      facts.statements.map((s) => h('li', { 'data-fact': 'statement' }, h('strong', {}, s.speaker), `: ${s.type === 'direct' ? `“${s.text}”` : s.text}`)),
    ),
    section(
      'Peace-process status',
      facts.status.map((c) => h('li', { 'data-fact': 'status' }, h('strong', {}, trackName(c.track)), `: ${stateName(c.state)}${c.date ? ` (${c.date})` : ''}`)),
    ),
  );
}
