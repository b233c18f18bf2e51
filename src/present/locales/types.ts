/**
 * A translation must have exactly the English catalogue's keys: `Catalogue<typeof en>` turns every leaf
 * into `string`, so a missing or extra key in zh-CN fails the typecheck, not a user.
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
