import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../index';
import { emptyMemcg, makeEvent, makeVictim } from '../../../test/support/model';
import { testFacts } from '../../../test/support/analysis';
import type { OomEvent } from '../../parse/model';

const kill = (
  index: number,
  pid: number,
  comm: string,
  uptime: number,
  anonRssKb: number,
  over: Partial<OomEvent> = {},
) =>
  makeEvent({
    index,
    uptime,
    victim: {
      ...makeVictim(pid, comm, 100 * index + 50),
      message: 'Out of memory',
      anonRssKb,
      fileRssKb: 0,
      shmemRssKb: 0,
    },
    ...over,
  });
const ids = (events: OomEvent[]) =>
  analyzeEvents(events, testFacts()).map((a) => a.findings.find((f) => f.id === 'repeated-kills')?.params ?? null);

describe('repeated-kills', () => {
  it('on the second and later machine-wide kills, with what the previous kill freed and how long it bought (010)', () => {
    const [first, second, third] = ids([
      kill(0, 12950, 'firefox', 10, 192656),
      kill(1, 13594, 'xz', 12, 65668),
      kill(2, 13494, 'python', 13, 54128),
    ]);
    expect(first).toBeNull();
    expect(second).toMatchObject({
      nth: 2,
      by: 'machine',
      previousComm: 'firefox',
      previousFreedKb: 192656,
      sinceSec: 2,
    });
    expect(third).toMatchObject({ nth: 3, previousComm: 'xz', sinceSec: 1 });
  });
  it('the same program in different cgroups (two docker containers, 033); clock times when there is no uptime', () => {
    const memcgKill = (index: number, pid: number, path: string, time: string) =>
      makeEvent({
        index,
        time,
        memcg: emptyMemcg(10, { path, memory: { usageKb: 1, limitKb: 1, failcnt: 1, line: 11 } }),
        victim: {
          ...makeVictim(pid, 'gunpowder-memho', 40 + index),
          message: 'Memory cgroup out of memory',
          anonRssKb: 18624,
        },
      });
    const [, second] = ids([
      memcgKill(0, 1381, '/docker/a', 'Feb 18 17:34:47'),
      memcgKill(1, 1667, '/docker/b', 'Feb 18 17:35:50'),
    ]);
    expect(second).toMatchObject({ nth: 2, by: 'program', path: null, previousPid: 1381, sinceSec: 63 });
  });
  it('not for the same pid again (a quoted or duplicated kill line), nor for unrelated kills of unknown scope', () => {
    expect(ids([kill(0, 5, 'a', 1, 1), kill(1, 5, 'a', 2, 1)])[1]).toBeNull();
    const bare = (index: number, pid: number, comm: string) =>
      makeEvent({ index, victim: { ...makeVictim(pid, comm), message: null } });
    expect(ids([bare(0, 1, 'a'), bare(1, 2, 'b')])[1]).toBeNull();
  });
});
