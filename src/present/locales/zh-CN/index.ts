/** The Simplified Chinese catalogue: the same keys as the English one (checked by the type). */
import type { Catalogue } from '../types';
import type { EnglishCatalogue } from '../en';
import { app } from './app';
import { input } from './input';
import { markdown } from './markdown';

export const zhCN: Catalogue<EnglishCatalogue> = { app, input, markdown };
