import type { Messages } from '@lingui/core';

/**
 * A catalogue's messages as a list in the English catalogue's key order, and back to the flat id → message
 * map Lingui loads. The built page carries both languages this way (scripts/vite/compileCatalogues.ts): the keys
 * are written once, in the English tree, and zh-CN is a plain list of its messages. The source catalogues stay
 * ordinary objects.
 */

/** Every message of `translation`, visited in the order of `shape`'s keys (the English catalogue's). */
export function valuesInShapeOf(shape: object, translation: object): string[] {
  const out: string[] = [];
  const walk = (s: object, t: unknown, path: string) => {
    if (typeof t !== 'object' || t === null) throw new Error(`${path || 'the catalogue'} is not a branch`);
    const extra = Object.keys(t).filter((k) => !Object.hasOwn(s, k));
    if (extra.length > 0) throw new Error(`keys not in English: ${extra.map((k) => path + k).join(', ')}`);
    for (const [k, v] of Object.entries(s)) {
      const tv = (t as Record<string, unknown>)[k];
      if (typeof v !== 'string') walk(v as object, tv, `${path}${k}.`);
      else if (typeof tv === 'string') out.push(tv);
      else throw new Error(`${path}${k} is not a message`);
    }
  };
  walk(shape, translation, '');
  return out;
}

/** A leaf of a catalogue tree: a message (source text, or compiled: a list of parts). */
const isLeaf = (v: unknown): boolean => typeof v !== 'object' || v === null || Array.isArray(v);

/**
 * The flat map from id (the dot path: `findings.oom-kill.title`) to message: `shape`'s own leaves, or, given
 * `values`, those in order (a translation as `valuesInShapeOf` lists it).
 */
export function flatInShapeOf<V>(shape: object, values?: readonly V[]): Record<string, V> {
  const out: Record<string, V> = {};
  let i = 0;
  const walk = (node: object, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (!isLeaf(v)) walk(v as object, `${prefix}${k}.`);
      else out[prefix + k] = values ? values[i++] : (v as V);
    }
  };
  walk(shape, '');
  if (values && i !== values.length) throw new Error(`${values.length} messages for ${i} keys`);
  return out;
}

/**
 * The map Lingui loads: a compiled message is a list of parts; a plain text (kept as a string to be short)
 * becomes its one-part list, since Lingui takes a string for a message still to be compiled.
 */
export function asMessages(messages: Record<string, unknown>): Messages {
  const out: Messages = {};
  for (const [id, m] of Object.entries(messages)) out[id] = (typeof m === 'string' ? [m] : m) as Messages[string];
  return out;
}
