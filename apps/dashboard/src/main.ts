// The dashboard: asks for a reader key once (kept in sessionStorage), then shows the views and keeps them live.
import './styles.css';
import { allPages, api, ApiError, keys, whenReaderKeyRefused } from './api';
import { BoardView } from './board-view';
import { batched, byId } from './dom';
import { IngestView } from './ingest-view';
import { MapView } from './map-view';
import { StatementsView } from './statements-view';
import { StatusBar } from './status-bar';
import { Store } from './store';
import { connectStream } from './stream';
import { TimelineView } from './timeline-view';
import type { ChangeEvent, TrackSummary } from './types';

const VIEWS = ['map', 'timeline', 'statements', 'board', 'ingest'] as const;
type View = (typeof VIEWS)[number];

const store = new Store();
new MapView(store);
new TimelineView(store);
const statements = new StatementsView();
const board = new BoardView();
new IngestView();
const status = new StatusBar();
let stopStream: (() => void) | undefined;

// ---- key dialog

const dialog = byId<HTMLDialogElement>('key-dialog');
const keyForm = byId<HTMLFormElement>('key-form');
const keyInput = byId<HTMLInputElement>('key-input');
const keyError = byId('key-error');

function askForKey(message = ''): void {
  keyError.textContent = message;
  keyInput.value = '';
  if (!dialog.open) dialog.showModal();
  keyInput.focus();
}

dialog.addEventListener('cancel', (event) => {
  if (!keys.get('reader')) event.preventDefault();
});
keyForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  if (!key) return void (keyError.textContent = 'Enter a key.');
  keyError.textContent = 'Checking…';
  try {
    await api('/api/projections', { key });
  } catch (error) {
    keyError.textContent = error instanceof ApiError && (error.status === 401 || error.status === 403) ? `This key was refused: ${error.message}` : `Could not check the key: ${(error as Error).message}`;
    return;
  }
  keys.set('reader', key);
  dialog.close();
  start();
});
whenReaderKeyRefused(() => {
  keys.clear('reader');
  askForKey('The reader key was refused (expired or revoked?). Enter another.');
});
byId('change-key').addEventListener('click', () => askForKey());

// ---- tabs (arrow keys move between them, as in the WAI-ARIA tabs pattern)

const tabs = VIEWS.map((view) => byId<HTMLButtonElement>(`tab-${view}`));

function show(view: View, focus = false): void {
  for (const [i, tab] of tabs.entries()) {
    const selected = VIEWS[i] === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    byId(`panel-${VIEWS[i]}`).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  if (location.hash !== `#${view}`) history.replaceState(null, '', `#${view}`);
  if (!keys.get('reader')) return;
  if (view === 'statements' && statements.stale) void statements.search();
  if (view === 'board' && board.stale) loadBoard();
}

for (const [i, tab] of tabs.entries()) {
  tab.addEventListener('click', () => show(VIEWS[i]));
  tab.addEventListener('keydown', (event) => {
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: VIEWS.length - 1 - i }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    show(VIEWS[(i + move + VIEWS.length) % VIEWS.length], true);
  });
}
const viewOf = (hash: string): View => (VIEWS as readonly string[]).includes(hash.slice(1)) ? (hash.slice(1) as View) : 'map';
window.addEventListener('hashchange', () => show(viewOf(location.hash)));

// ---- data and live updates

const currentView = (): View => VIEWS[tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true')] ?? 'map';

function loadBoard(): void {
  board.load().then(
    (tracks) => statements.setTracks(tracks),
    (error: Error) => (byId('board-count').textContent = `Could not load the peace processes: ${error.message}`),
  );
}

const pendingEnvoys = new Set<string>();
const refreshEnvoys = batched(() => {
  const names = new Set(pendingEnvoys);
  pendingEnvoys.clear();
  store.refreshEnvoys(names).then(
    () => statements.setSpeakers(store.envoys.map((e) => e.name)),
    (error: Error) => {
      // kept for the next change (or reconnect) to retry
      for (const name of names) pendingEnvoys.add(name);
      byId('map-count').textContent = `A live update could not be loaded: ${error.message}`;
    },
  );
}, 300);
const refreshStatements = batched(() => (currentView() === 'statements' ? void statements.search() : (statements.stale = true)), 500);
/** The board when it is shown (it brings the track list along), else only the track list of the statement filter. */
const refreshBoard = batched(() => {
  if (currentView() === 'board') return loadBoard();
  board.stale = true;
  allPages<TrackSummary>('/api/peace-processes').then(
    (tracks) => statements.setTracks(tracks.map((t) => t.track)),
    () => undefined, // the next change or the board itself tries again
  );
}, 500);
const refreshStatus = batched(() => void status.refresh(), 1000);

function onChange(change: ChangeEvent): void {
  status.changed(change);
  if ((change.kind === 'visit' || change.kind === 'envoy') && change.envoy) {
    pendingEnvoys.add(change.envoy);
    refreshEnvoys();
  }
  if (change.kind === 'statement') refreshStatements();
  if (change.kind === 'status') refreshBoard();
  refreshStatus();
}

function loadAll(): void {
  store.load().then(
    () => statements.setSpeakers(store.envoys.map((e) => e.name)),
    (error: Error) => (byId('map-count').textContent = `Could not load the visits: ${error.message}`),
  );
  loadBoard();
  statements.stale = true;
  if (currentView() === 'statements') void statements.search();
}

function start(): void {
  loadAll();
  status.start();
  stopStream?.();
  stopStream = connectStream({ onChange, onReplay: (replay) => status.replay(replay), onState: (state) => status.streamState(state), onReconnect: loadAll });
}

show(viewOf(location.hash));
if (keys.get('reader')) start();
else askForKey();
