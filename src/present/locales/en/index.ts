/** The English catalogue: one file per feature, merged here. ICU MessageFormat (plurals: `{n, plural, one {…} other {…}}`). */
import { accounting } from './accounting';
import { app } from './app';
import { event } from './event';
import { findings } from './findings';
import { findingNames } from './findingNames';
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
import { watermarks } from './watermarks';
import { buddy } from './buddy';
import { memory } from './memory';
import { memcg } from './memcg';
import { exports } from './exports';
import { tasks } from './tasks';
import { source } from './source';
import { eventView } from './eventView';
import { gfp } from './gfp';
import { kernelCard } from './kernelCard';
import { inputPanel } from './inputPanel';
import { compare } from './compare';

export const en = {
  accounting,
  app,
  event,
  eventList,
  files,
  findings,
  findingNames,
  headline,
  input,
  inputBox,
  markdown,
  share,
  shell,
  timeline,
  zones,
  watermarks,
  buddy,
  memory,
  memcg,
  exports,
  tasks,
  source,
  eventView,
  gfp,
  kernelCard,
  inputPanel,
  compare,
};
export type EnglishCatalogue = typeof en;
