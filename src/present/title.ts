/**
 * The document title names what is on screen, so a tab, a bookmark, a window list and a printout say which
 * event it is: `oomscope — java killed, web-7, Nov 20 10:03` (victim, the host when the log's prefix names
 * one, the time as the log printed it, to the minute).
 */
import type { Translate } from './i18n';

export interface TitleFacts {
  victim: string | null;
  trigger: string | null;
  host: string | null;
  /** The event's timestamp as printed by the log's prefix. */
  time: string | null;
}

const WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|[一二三四五六日天]|周[一二三四五六日天]|星期[一二三四五六日天])$/;

/**
 * The printed time, shortened to the minute: `Nov 20 10:03:01` → `Nov 20 10:03`, ISO → `2024-11-20 10:03`,
 * `dmesg -T` → without weekday and year. Seconds since boot (`[ 8523.347168]`) say nothing to a reader: null.
 */
export function shortTime(time: string | null): string | null {
  if (!time) return null;
  const bare = time.replace(/^\s*\[\s*|\s*\]\s*$/g, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(bare)) return null;
  const iso = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)/.exec(bare);
  if (iso) return `${iso[1]} ${iso[2]}`;
  const tokens = bare
    .split(/\s+/)
    .filter((t, i, all) => !(i === 0 && WEEKDAY.test(t)) && !(i === all.length - 1 && /^\d{4}$/.test(t)));
  return tokens.map((t) => t.replace(/^(\d{1,2}:\d\d):\d\d(?:[.,]\d+)?$/, '$1')).join(' ') || null;
}

export function documentTitle(t: Translate, facts: TitleFacts | null): string {
  if (!facts) return t('shell.title.base');
  const who = facts.victim
    ? t('shell.title.killed', { victim: facts.victim })
    : facts.trigger
      ? t('shell.title.invoked', { trigger: facts.trigger })
      : null;
  const parts = [who, facts.host, shortTime(facts.time)].filter((p): p is string => !!p);
  if (parts.length === 0) return t('shell.title.base');
  return t('shell.title.event', { what: parts.join(t('shell.title.separator')) });
}
