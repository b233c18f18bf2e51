/** Words for places on the timeline's axis: a wall-clock reading, or "node-1.log, boot 2, 1:02:03". */
import type { Translate } from '../../present/i18n';
import type { FileInfo } from '../../worker/protocol';
import { formatUptime, formatWall, type WallFormat } from '../../present/timeAxis';
import { uptimeAt, type Axis } from './axis';

/** Where a boot's segment is: "boot 2", or with the file's name when several files were opened. */
export function bootLabel(t: Translate, files: readonly FileInfo[], file: number, boot: number): string {
  return files.length > 1
    ? t('timeline.fileBoot', { file: files[file]?.name ?? String(file + 1), boot: boot + 1 })
    : t('timeline.boot', { boot: boot + 1 });
}

/** The reading at axis position `x`. */
export function positionLabel(
  t: Translate,
  lang: string,
  axis: Axis,
  files: readonly FileInfo[],
  x: number,
  precision: WallFormat['precision'] = 'minute',
): string {
  if (axis.clock === 'wall') return formatWall(x, lang, { yearless: axis.yearless, precision });
  const at = uptimeAt(axis, x);
  if (!at) return '';
  const several = axis.segments.length > 1;
  const where = several ? `${bootLabel(t, files, at.segment.file, at.segment.boot)} ` : '';
  return `${where}${formatUptime(at.uptime)}`;
}

/** A tick's label: the reading, as short as the step allows (a day's ticks need no time). */
export function tickLabel(lang: string, axis: Axis, stepMs: number, x: number): string {
  if (axis.clock === 'wall')
    return formatWall(x, lang, { yearless: axis.yearless, precision: stepMs >= 86_400_000 ? 'day' : 'minute' });
  const at = uptimeAt(axis, x);
  return at ? formatUptime(at.uptime) : '';
}

/**
 * A lane's name short enough for the lane axis (about 120 px at 11 px): a long file name keeps its start and
 * its end (`node-1-ker…1204.2.gz`), which tell rotated logs of one node apart. The event list names each
 * event's file in full.
 */
export function laneLabel(name: string, max = 20): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const tail = Math.floor((max - 1) / 2);
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(-tail).join('')}`;
}
