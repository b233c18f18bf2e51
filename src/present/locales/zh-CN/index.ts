/** The Simplified Chinese catalogue: the same keys as the English one (checked by the type). */
import type { Catalogue } from '../types';
import type { EnglishCatalogue } from '../en';
import { accounting } from './accounting';
import { app } from './app';
import { event } from './event';
import { eventList } from './eventList';
import { files } from './files';
import { findings } from './findings';
import { findingNames } from './findingNames';
import { headline } from './headline';
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

export const zhCN: Catalogue<EnglishCatalogue> = {
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
