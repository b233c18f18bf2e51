/**
 * "Remember my last log in this browser": opt-in, kept in IndexedDB (a log can be 100 MB; localStorage holds
 * a few MB of strings), one record that the next log replaces, deleted by "Forget it". Nothing leaves the
 * browser. Where storage is refused (private modes, some file:// pages) the option says so instead.
 *
 * Without it, the page still says what happened on a reload: a marker in sessionStorage (the tab's own, holding
 * only the log's name) lets it tell "your log was not kept" instead of silently showing the sample.
 */
import type { LineRange } from '../../worker/protocol';

export interface RememberedLog {
  kind: 'text' | 'file' | 'shared';
  name: string;
  /** ms since the epoch */
  savedAt: number;
  /** text and shared logs */
  text?: string;
  /** an opened file, as it was (a .gz stays compressed) */
  blob?: Blob;
  /** a shared event's original line numbers */
  lines?: LineRange[] | null;
  redacted?: boolean;
}

export interface LogStore {
  load(): Promise<RememberedLog | null>;
  save(log: RememberedLog): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'oomscope';
const STORE = 'remembered-log';
const KEY = 'last';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await request(act(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** The browser's IndexedDB store, or null where the page may not use one. */
export function indexedDbStore(): LogStore | null {
  if (typeof indexedDB === 'undefined') return null;
  return {
    load: () =>
      withStore('readonly', (s) => s.get(KEY) as IDBRequest<RememberedLog | undefined>).then((r) => r ?? null),
    save: (log) => withStore('readwrite', (s) => s.put(log, KEY)).then(() => undefined),
    clear: () => withStore('readwrite', (s) => s.delete(KEY)).then(() => undefined),
  };
}

const OPT_IN = 'oomscope-remember';
const NOT_KEPT = 'oomscope-unkept-log';

/** Storage calls that may throw (file://, privacy modes, storage turned off) made safe. */
function tryStorage<T>(act: () => T, fallback: T): T {
  try {
    return act();
  } catch {
    return fallback;
  }
}

export const optIn = {
  get: (): boolean => tryStorage(() => localStorage.getItem(OPT_IN) === '1', false),
  set: (on: boolean): boolean =>
    tryStorage(() => {
      if (on) localStorage.setItem(OPT_IN, '1');
      else localStorage.removeItem(OPT_IN);
      return true;
    }, false),
};

/** The name of the user's log that a reload of this tab will not bring back (null: nothing to say). */
export const unkeptLog = {
  get: (): string | null => tryStorage(() => sessionStorage.getItem(NOT_KEPT), null),
  set: (name: string | null): void =>
    tryStorage(
      () => (name == null ? sessionStorage.removeItem(NOT_KEPT) : sessionStorage.setItem(NOT_KEPT, name)),
      undefined,
    ),
};

const FORGOT_AT = 'oomscope-forgot-at';

/**
 * "Forget it" holds even when the tab is closed before IndexedDB has deleted the record (the delete runs in the
 * background and may never commit): the time of the forget is written first, synchronously, and a record saved
 * before it is never reopened (and is deleted again when found).
 */
export function forgetSafely(store: LogStore): LogStore {
  const forgotAt = () => tryStorage(() => Number(localStorage.getItem(FORGOT_AT) ?? 0), 0);
  return {
    load: async () => {
      const log = await store.load();
      if (!log || log.savedAt > forgotAt()) return log;
      void store.clear().catch(() => {});
      return null;
    },
    save: (log) => store.save(log),
    clear: () => {
      tryStorage(() => localStorage.setItem(FORGOT_AT, String(Date.now())), undefined);
      return store.clear();
    },
  };
}

/** A store that lives in memory: tests, and a stand-in where IndexedDB is missing. */
export function memoryStore(initial: RememberedLog | null = null): LogStore {
  let current = initial;
  return {
    load: async () => current,
    save: async (log) => {
      current = log;
    },
    clear: async () => {
      current = null;
    },
  };
}
