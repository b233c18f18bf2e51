/** The English catalogue: one file per feature, merged here. ICU MessageFormat (plurals: `{n, plural, one {…} other {…}}`). */
import { app } from './app';

export const en = { app };
export type EnglishCatalogue = typeof en;
