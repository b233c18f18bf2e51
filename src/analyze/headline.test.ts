import { describe, expect, it } from 'vitest';
import { analyzeEvent } from './index';
import {
  emptyMemcg,
  emptySummary,
  makeEvent,
  makeGfp,
  makeTable,
  makeTask,
  makeTrigger,
  makeVictim,
  makeZone,
  testFacts,
} from '../../test/support/analyzeTesting';

const headline = (...args: Parameters<typeof makeEvent>) =>
  analyzeEvent(makeEvent(...args), testFacts({ decodeGfp: () => makeGfp() })).headline;

describe('headline', () => {
  it('global OOM: what happened, who asked, who was killed and why', () => {
    const text = headline({
      trigger: makeTrigger({ comm: 'sed', pid: 29481, order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 10, minKb: 100, lowmemReserve: [0, 0, 0, 0] })],
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 6576, name: 'mysqld', rssPages: 50000 })]),
      victim: { ...makeVictim(6576, 'mysqld'), anonRssKb: 200000, fileRssKb: 0, shmemRssKb: 0 },
    });
    expect(text).toBe(
      'The system ran out of memory: every zone the request could use was below its minimum watermark. ' +
        'sed (pid 29481) asked for 4 kB (order 0) and could not get it. ' +
        'The kernel killed mysqld (pid 6576, 200000 kB (195 MiB) resident), which had the highest badness score.',
    );
  });

  it('memcg OOM names the cgroup and says the host may have had memory', () => {
    const text = headline({
      kind: 'memcg',
      memcg: emptyMemcg(2, {
        path: '/leaker',
        memory: { usageKb: 524288, limitKb: 524288, failcnt: 1, line: 3 },
      }),
      trigger: makeTrigger({ comm: 'leaker', pid: 2746 }),
      victim: makeVictim(2746, 'leaker'),
    });
    expect(text).toContain('Cgroup /leaker hit its memory limit (524288 kB (512 MiB) used of 524288 kB (512 MiB))');
    expect(text).toContain('the same process that asked');
  });

  it('SysRq, fragments, panics and a ≤5.0 sacrificed child', () => {
    expect(headline({ kind: 'sysrq', trigger: makeTrigger({ order: -1 }) })).toMatch(
      /^The OOM killer was started by hand/,
    );
    expect(headline({ kind: 'fragment', complete: false, victim: makeVictim(5, 'python3') })).toBe(
      'Only part of an OOM report is here, so the cause cannot be read from it. The kernel killed python3 (pid 5).',
    );
    expect(
      headline({
        panic: { message: 'Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled', line: 9 },
      }),
    ).toContain('panicked');
    expect(
      headline({
        selection: { message: 'Out of memory', pid: 10, comm: 'parent', score: 900, line: 8 },
        victim: makeVictim(11, 'child'),
      }),
    ).toContain('a child of parent (pid 10) which had the highest score (900)');
  });

  it('says when only some zones were short, and when the victim row is missing from a cut table', () => {
    const text = headline({
      trigger: makeTrigger({ order: 0 }),
      zones: [
        makeZone({ node: 0, zone: 'Normal', freeKb: 10, minKb: 100, lowmemReserve: [0, 0, 0, 0] }),
        makeZone({ node: 1, zone: 'Normal', freeKb: 9000, minKb: 100, lowmemReserve: [0, 0, 0, 0] }),
      ],
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 1 })], { elided: true }),
      victim: makeVictim(99, 'nginx'),
    });
    expect(text).toContain('1 of the 2 zones the request could use were below');
    expect(text).toContain('its row is missing from the task table');
  });
});
