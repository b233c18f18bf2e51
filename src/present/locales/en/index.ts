/** The English catalogue: one file per feature, merged here. ICU MessageFormat (plurals: `{n, plural, one {…} other {…}}`). */
import { app } from './app';
import { input } from './input';
import { markdown } from './markdown';

export const en = { app, input, markdown };
export type EnglishCatalogue = typeof en;
