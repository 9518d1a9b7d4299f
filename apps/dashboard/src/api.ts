// Calls to the public API with the key the user gave (sent as X-API-Key, never put in URLs).
import type { ApiErrorBody, Page } from './types';

export type Role = 'reader' | 'publisher';

const STORAGE: Record<Role, string> = { reader: 'newsroom.readerKey', publisher: 'newsroom.publisherKey' };

export const keys = {
  get: (role: Role): string | null => sessionStorage.getItem(STORAGE[role]),
  set: (role: Role, key: string): void => sessionStorage.setItem(STORAGE[role], key),
  clear: (role: Role): void => sessionStorage.removeItem(STORAGE[role]),
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: NonNullable<ApiErrorBody['details']> = [],
  ) {
    super(message);
  }
}

/** Called when the reader key is refused, so the page can ask for another. */
let onReaderKeyRefused: () => void = () => undefined;
export const whenReaderKeyRefused = (handler: () => void): void => {
  onReaderKeyRefused = handler;
};

export interface CallOptions {
  role?: Role;
  /** a key to use instead of the stored one (to try a key before keeping it) */
  key?: string;
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const role = options.role ?? 'reader';
  const key = options.key ?? keys.get(role);
  if (!key) throw new ApiError(401, `a ${role} key is needed`);
  const headers: Record<string, string> = { 'x-api-key': key, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body ?? {}) as Partial<ApiErrorBody>;
    if (response.status === 401 && role === 'reader' && options.key === undefined) onReaderKeyRefused();
    throw new ApiError(response.status, error.message ?? `${response.status} ${response.statusText}`, error.details);
  }
  return body as T;
}

export const query = (params: Record<string, string | number | undefined | null>): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Every page of a paginated list (bounded, so a huge read model cannot hang the page). */
export async function allPages<T>(path: string, params: Record<string, string | undefined> = {}, maxPages = 50): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await api<Page<T>>(`${path}${query({ ...params, limit: 200, cursor })}`);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}
