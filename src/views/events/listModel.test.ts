import { describe, expect, it } from 'vitest';
import type { EventPlace, EventSummary } from '../../worker/protocol';
import { filtering, groupRepeats, listRows, NO_FILTER, stepIn, visibleEvents, type EventFilter } from './listModel';

function event(index: number, victim: string | null, trigger: string, kind = 'memcg', findingIds: string[] = []) {
  return {
    index,
    kind,
    victim: victim ? { comm: victim, pid: 100 + index } : null,
    trigger: { comm: trigger, pid: 1 },
    findingIds,
  } as unknown as EventSummary;
}
const place = (file: number, cgroup: string | null): EventPlace => ({
  file,
  at: { wallMs: null, zoneMin: null, uptime: null, boot: 0 },
  victimKb: null,
  cgroup,
});

const EVENTS = [
  event(0, 'java', 'java', 'memcg', ['memcg-limit']),
  event(1, 'python3', 'kworker', 'global', ['swap-full']),
  event(2, 'java', 'java', 'memcg', ['memcg-limit']),
  event(3, null, 'bash', 'global'),
  event(4, 'java', 'java', 'memcg', ['memcg-limit']),
  event(5, 'java', 'java', 'memcg'),
];
const PLACES = [
  place(0, '/kubepods/pod-x'),
  place(0, '/system.slice/app.service'),
  place(0, '/kubepods/pod-x'),
  place(1, null),
  place(1, '/kubepods/pod-x'),
  place(1, '/kubepods/pod-y'),
];
const X = [10, 20, 30, 40, 50, NaN];
const visible = (f: Partial<EventFilter>) => visibleEvents(EVENTS, PLACES, { ...NO_FILTER, ...f }, (i) => X[i]);

describe('visibleEvents', () => {
  it('keeps every event without a filter, in file order', () => {
    expect(visible({})).toEqual([0, 1, 2, 3, 4, 5]);
    expect(filtering(NO_FILTER)).toBe(false);
  });

  it('filters by kind, victim or trigger name, cgroup, finding and file', () => {
    expect(visible({ kinds: ['global'] })).toEqual([1, 3]);
    expect(visible({ name: 'JAV' })).toEqual([0, 2, 4, 5]);
    expect(visible({ name: 'kworker' })).toEqual([1]); // the trigger's name counts too
    expect(visible({ cgroup: 'pod-x' })).toEqual([0, 2, 4]);
    expect(visible({ finding: 'memcg-limit' })).toEqual([0, 2, 4]);
    expect(visible({ file: 1 })).toEqual([3, 4, 5]);
    expect(visible({ name: 'java', cgroup: 'pod-y' })).toEqual([5]);
    expect(filtering({ ...NO_FILTER, name: ' ' })).toBe(false);
    expect(filtering({ ...NO_FILTER, file: 0 })).toBe(true);
  });

  it('keeps the events inside a brushed range; an event without a place on the axis is out', () => {
    expect(visible({ range: [20, 40] })).toEqual([1, 2, 3]);
    expect(visible({ range: [0, 1000] })).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('groupRepeats and listRows', () => {
  it('groups the same victim in the same cgroup, most repeats first', () => {
    const groups = groupRepeats(visible({}), EVENTS, PLACES);
    expect(groups.map((g) => [g.victim, g.cgroup, g.events])).toEqual([
      ['java', '/kubepods/pod-x', [0, 2, 4]],
      ['python3', '/system.slice/app.service', [1]],
      [null, null, [3]],
      ['java', '/kubepods/pod-y', [5]],
    ]);
    expect(groups[2].trigger).toBe('bash');
  });

  it('lists a group as one row, its events below it when open, and a group of one as its event', () => {
    const all = visible({});
    const groups = groupRepeats(all, EVENTS, PLACES);
    const closed = listRows(all, groups, new Set());
    expect(closed.map((r) => (r.type === 'group' ? `g${r.group.events.length}` : r.index))).toEqual(['g3', 1, 3, 5]);
    const open = listRows(all, groups, new Set([groups[0].key]));
    expect(open.map((r) => (r.type === 'group' ? 'g' : `${r.index}${r.nested ? 'n' : ''}`))).toEqual([
      'g',
      '0n',
      '2n',
      '4n',
      '1',
      '3',
      '5',
    ]);
    expect(listRows(all, null, new Set()).map((r) => r.type === 'event' && r.index)).toEqual(all);
  });
});

describe('stepIn', () => {
  it('moves through the visible events, from a hidden one too', () => {
    const shown = [1, 3, 5];
    expect(stepIn(shown, 3, 1)).toBe(5);
    expect(stepIn(shown, 3, -1)).toBe(1);
    expect(stepIn(shown, 5, 1)).toBeNull();
    expect(stepIn(shown, 2, 1)).toBe(3);
    expect(stepIn(shown, 2, -1)).toBe(1);
    expect(stepIn(shown, null, 1)).toBe(1);
    expect(stepIn([], 0, 1)).toBeNull();
  });
});
