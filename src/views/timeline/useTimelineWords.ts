/** What the timeline says in words: its summary sentence, a dot's tooltip, a range, a selected event. */
import { useMemo } from 'react';
import { useTranslation } from '../common/i18n';
import { formatKb } from '../../present/units';
import type { EventBrowser } from '../events/useEventBrowser';
import type { Dot } from './dots';
import { positionLabel } from './labels';

export function useTimelineWords(browser: EventBrowser) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { axis, events, failureMarks, files } = browser;
  return useMemo(() => {
    const at = (x: number, precision: 'minute' | 'second' = 'minute') =>
      positionLabel(t, lang, axis, files, x, precision);
    const placed = [...axis.eventX].filter((x) => !Number.isNaN(x));
    const lo = placed.reduce((m, x) => Math.min(m, x), Infinity);
    const hi = placed.reduce((m, x) => Math.max(m, x), -Infinity);
    const count = events.length;
    const failures = failureMarks.length;
    let summary: string;
    if (axis.clock === 'wall' && placed.length) {
      summary = t('timeline.summary.wall', {
        events: count,
        failures,
        from: at(lo),
        to: at(hi),
        reboots: axis.reboots.length,
      });
    } else if (axis.clock === 'uptime') {
      summary = t('timeline.summary.uptime', { events: count, failures, boots: axis.segments.length });
    } else summary = t('timeline.summary.none');
    if (axis.clock !== 'none' && axis.unplaced)
      summary += ` ${t('timeline.summary.unplaced', { count: axis.unplaced })}`;

    const who = (i: number) => {
      const e = events[i];
      return `${e.trigger?.comm ?? t('eventList.unknownTrigger')} → ${e.victim?.comm ?? t('eventList.noKill')}`;
    };
    const kind = (k: string) => t(`eventList.kinds.${k}`, { defaultValue: k });
    const tooltip = (dot: Dot): string[] => {
      const memory = dot.kb ? [t('timeline.dot.memory', { memory: formatKb(dot.kb) })] : [];
      if (dot.failure) {
        if (dot.count > 1)
          return [
            t('timeline.dot.failures', { count: dot.count, from: at(dot.x0), to: at(dot.x1) }),
            t('timeline.dot.zoom'),
          ];
        const f = failureMarks[dot.members[0]];
        return [t('timeline.dot.failure', { comm: f?.comm ?? '?', order: f?.order ?? '?', when: at(dot.x, 'second') })];
      }
      if (dot.count === 1) {
        const i = dot.members[0];
        return [
          t('timeline.dot.one', {
            number: i + 1,
            who: who(i),
            kind: kind(dot.kind),
            when: events[i].time ?? at(dot.x, 'second'),
          }),
          ...memory,
        ];
      }
      return [
        t('timeline.dot.many', { count: dot.count, kind: kind(dot.kind), from: at(dot.x0), to: at(dot.x1) }),
        ...memory,
        t('timeline.dot.zoom'),
      ];
    };
    return {
      summary,
      tooltip,
      range: (r: readonly [number, number]) => ({ from: at(r[0]), to: at(r[1]) }),
      countIn: (r: readonly [number, number]) => placed.filter((x) => x >= r[0] && x <= r[1]).length,
      selected: (i: number) =>
        t('timeline.selected', { number: i + 1, who: who(i), when: events[i]?.time ?? at(axis.eventX[i], 'second') }),
    };
  }, [t, lang, axis, events, failureMarks, files]);
}
