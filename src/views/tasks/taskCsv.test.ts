import { describe, expect, it } from 'vitest';
import { translator } from '../../present/i18n';
import { ANALYSIS, EVENT, TASKS } from '../../../test/support/viewData';
import { sortedOrder } from './sortRows';
import { taskCsv } from './taskCsv';
import { filterRows, taskRows, visibleColumns } from './taskRows';

const rows = taskRows(TASKS, ANALYSIS.badness, 473207, 473206);
const cols = visibleColumns({ ...EVENT.tasks!, tasks: TASKS }, ANALYSIS.badness, false);
const records = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((r) => r.split(','));

describe('taskCsv', () => {
  it('writes the shown rows in the shown order and unit, with the role', () => {
    const shown = filterRows(rows, '3'); // pids with a 3: five of the seven
    const order = sortedOrder(shown, [{ id: 'rss', desc: false }]);
    const csv = records(taskCsv(translator('en'), shown, order, cols, 'MiB', 4));
    expect(csv[0].slice(0, 6)).toEqual(['pid', 'name', 'rank', 'score', 'badness (MiB)', 'uid']);
    expect(csv[0]).toContain('rss (MiB)');
    expect(csv[0].at(-1)).toBe('role');
    expect(csv.slice(1).map((r) => r[0])).toEqual(['473207', '376692', '375042', '331049', '473206']);
    const rss = csv[0].indexOf('rss (MiB)');
    expect(csv[5][rss]).toBe('9017.9'); // no thousands separator in a file
    expect(csv[5].at(-1)).toBe('killed');
    expect(csv[1].at(-1)).toBe('trigger');
  });

  it('speaks the reader’s language in its header', () => {
    const csv = records(taskCsv(translator('zh-CN'), rows, sortedOrder(rows, []), cols, 'pages', 4));
    expect(csv[0]).toContain('进程名');
    expect(csv[0]).toContain('rss');
  });
});
