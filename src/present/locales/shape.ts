/**
 * A translation as a list of its messages in the English catalogue's key order, and back. The built page
 * carries zh-CN this way (scripts/vite/compactCatalogue.ts): the keys are the English ones, so writing them
 * a second time cost 4.5 kB of the offline file's gzip size. The source catalogues stay ordinary objects.
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

/** The catalogue with `shape`'s keys and `values` as its messages, in order. */
export function withShapeOf<T extends object>(shape: T, values: readonly string[]): T {
  let i = 0;
  const build = (node: object): object =>
    Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? values[i++] : build(v)]));
  const out = build(shape);
  if (i !== values.length) throw new Error(`${values.length} messages for ${i} keys`);
  return out as T;
}
