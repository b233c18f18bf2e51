/**
 * A finding's words: its title and detail from the catalogue (`findings.<id>`), made from its params and its
 * items (each rendered with `findings.<id>.item` and joined). Arithmetic items (zone checks) keep exact kB so
 * the sums can be checked against the log.
 */
import type { Finding } from '../analyze/types';
import type { Translate } from './i18n';
import { formatParams } from './params';

export interface FindingText {
  title: string;
  detail: string;
}

/** Findings whose items are arithmetic in the kernel's own kB. */
const EXACT_ITEMS = new Set(['zone-below-min', 'lowmem-pressure']);

export function findingText(t: Translate, finding: Finding): FindingText {
  const base = `findings.${finding.id}`;
  const items = (finding.items ?? []).map((item) =>
    t(`${base}.item`, formatParams(item, { exactKb: EXACT_ITEMS.has(finding.id) })),
  );
  const params = {
    ...formatParams(finding.params),
    items: items.length > 0 ? items.join(t('findings.separator')) : '—',
    has_items: items.length > 0 ? '1' : '0',
  };
  const title = t(`${base}.title`, params);
  // An id the catalogue does not know (a newer analysis than its texts) still shows something true.
  if (title === `${base}.title`) return { title: finding.id, detail: '' };
  return { title, detail: t(`${base}.detail`, params) };
}
