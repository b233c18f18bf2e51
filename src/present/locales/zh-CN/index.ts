/** The Simplified Chinese catalogue: the same keys as the English one (checked by the type). */
import type { Catalogue } from '../types';
import type { EnglishCatalogue } from '../en';
import { accounting } from './accounting';
import { app } from './app';
import { event } from './event';
import { eventList } from './eventList';
import { files } from './files';
import { findings } from './findings';
import { headline } from './headline';
import { input } from './input';
import { inputBox } from './inputBox';
import { markdown } from './markdown';
import { share } from './share';
import { shell } from './shell';
import { timeline } from './timeline';
import { zones } from './zones';

export const zhCN: Catalogue<EnglishCatalogue> = {
  accounting,
  app,
  event,
  eventList,
  files,
  findings,
  headline,
  input,
  inputBox,
  markdown,
  share,
  shell,
  timeline,
  zones,
};
