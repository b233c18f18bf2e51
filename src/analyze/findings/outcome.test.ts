import { describe, expect, it } from 'vitest';
import { makeEvent, makeTable, makeTrigger, makeVictim, makeZone } from '../../../test/support/model';
import { findingOf } from '../../../test/support/analysis';

describe('outcome findings', () => {
  it('panic-on-oom: compulsory (vm.panic_on_oom=2) on a memcg OOM, with the free memory the machine still had (022)', () => {
    const e = makeEvent({
      callTrace: [{ symbol: 'mem_cgroup_oom_synchronize+0x34f/0x580', unreliable: false, module: null, line: 13 }],
      zones: [makeZone({ zone: 'Normal', freeKb: 25407776 })],
      panic: { message: 'Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled', line: 171 },
    });
    expect(findingOf(e, 'panic-on-oom')).toMatchObject({
      params: {
        mode: 'compulsory',
        scope: 'memcg',
        freeKb: 25407776,
        message: 'Out of memory: compulsory panic_on_oom is enabled',
      },
      lines: [13, 171],
    });
    const wide = makeEvent({ panic: { message: 'Out of memory: system-wide panic_on_oom is enabled', line: 9 } });
    expect(findingOf(wide, 'panic-on-oom')?.params.mode).toBe('system-wide');
  });
  it('no-killable-process with an empty task table (023), sysrq-manual, oom-group-kill', () => {
    const none = makeEvent({ noKillable: true, tasks: makeTable([]) });
    expect(findingOf(none, 'no-killable-process')?.params).toMatchObject({ rows: 0, panicked: 0 });
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ order: -1, comm: 'kworker/0:2' }) }), 'sysrq-manual')?.params.comm,
    ).toBe('kworker/0:2');
    const victim = makeVictim(1, 'a', 10);
    const oomGroup = { path: '/x.scope', line: 11, killed: [victim, makeVictim(2, 'b', 12)] };
    expect(findingOf(makeEvent({ victim, oomGroup }), 'oom-group-kill')).toMatchObject({
      params: { path: '/x.scope', count: 1, moreCount: 0 },
      items: [{ comm: 'b', pid: 2 }],
    });
  });
});
