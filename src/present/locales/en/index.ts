/** The English catalogue: one file per feature, merged here. ICU MessageFormat (plurals: `{n, plural, one {…} other {…}}`). */
import { app } from './app';
import { event } from './event';
import { findings } from './findings';
import { headline } from './headline';
import { input } from './input';
import { inputBox } from './inputBox';
import { markdown } from './markdown';
import { share } from './share';
import { shell } from './shell';

export const en = { app, event, findings, headline, input, inputBox, markdown, share, shell };
export type EnglishCatalogue = typeof en;
