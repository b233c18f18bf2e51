/** The English catalogue: one file per feature, merged here. ICU MessageFormat (plurals: `{n, plural, one {…} other {…}}`). */
import { accounting } from './accounting';
import { app } from './app';
import { event } from './event';
import { findings } from './findings';
import { headline } from './headline';
import { eventList } from './eventList';
import { files } from './files';
import { input } from './input';
import { inputBox } from './inputBox';
import { markdown } from './markdown';
import { share } from './share';
import { shell } from './shell';
import { timeline } from './timeline';
import { zones } from './zones';

export const en = { accounting, app, event, eventList, files, findings, headline, input, inputBox, markdown, share, shell, timeline, zones };
export type EnglishCatalogue = typeof en;
