import { describe, expect, it } from 'vitest';
import {
  emptySummary,
  eraRule,
  findingOf,
  makeEvent,
  makeKernel,
  makeTable,
  makeTask,
  makeTrigger,
  makeVictim,
  testFacts,
} from '../../../test/support/analyzeTesting';

describe('trigger-is-not-victim', () => {
  it('fires when the pids differ, naming both', () => {
    const f = findingOf(
      makeEvent({ trigger: makeTrigger({ comm: 'sed', pid: 29481 }), victim: makeVictim(6576, 'mysqld', 90) }),
      'trigger-is-not-victim',
    );
    expect(f?.detail).toContain('sed (pid 29481)');
    expect(f?.detail).toContain('mysqld (pid 6576)');
    expect(f?.lines).toEqual([1, 90]);
  });
  it('takes the trigger pid from the CPU/Pid line when the header has none', () => {
    const kernel = { ...makeKernel('4.4.0'), pid: 7 };
    expect(
      findingOf(
        makeEvent({ trigger: makeTrigger({ pid: null }), kernel, victim: makeVictim(8) }),
        'trigger-is-not-victim',
      ),
    ).toBeDefined();
  });
  it('reads the victim from the 5.0+ constraint line when the kill line is missing', () => {
    const constraint = {
      constraint: 'CONSTRAINT_NONE',
      nodemask: '(null)',
      cpuset: '/',
      memsAllowed: '0',
      globalOom: true,
      oomMemcg: null,
      taskMemcg: null,
      task: 'java',
      pid: 42,
      uid: 0,
      line: 70,
    };
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ pid: 5 }), constraint }), 'trigger-is-not-victim')?.detail,
    ).toContain('java (pid 42)');
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ pid: 42 }), constraint }), 'trigger-is-not-victim'),
    ).toBeUndefined();
  });
  it('does not fire when the asker was killed, or when either pid is unknown', () => {
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ pid: 5 }), victim: makeVictim(5) }), 'trigger-is-not-victim'),
    ).toBeUndefined();
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ pid: null }), victim: makeVictim(5) }), 'trigger-is-not-victim'),
    ).toBeUndefined();
    expect(findingOf(makeEvent({ trigger: makeTrigger({ pid: 5 }) }), 'trigger-is-not-victim')).toBeUndefined();
  });
});

describe('sacrificed-child', () => {
  const selection = { message: 'Out of memory', pid: 10, comm: 'parent', score: 900, line: 80 };
  it('fires when the kill line names another pid than the selection (≤5.0)', () => {
    expect(findingOf(makeEvent({ selection, victim: makeVictim(11, 'child') }), 'sacrificed-child')?.detail).toContain(
      'parent (pid 10, score 900)',
    );
  });
  it('does not fire when the selected task itself was killed', () => {
    expect(findingOf(makeEvent({ selection, victim: makeVictim(10, 'parent') }), 'sacrificed-child')).toBeUndefined();
  });
});

describe('oom-group-kill', () => {
  const victim = makeVictim(10, 'web', 90);
  const group = (killed: number[]) => ({
    path: '/kubepods.slice/pod1.slice/cri-containerd-1.scope',
    line: 91,
    killed: killed.map((pid, i) => makeVictim(pid, `task${pid}`, 92 + i)),
  });

  it('names the rest of the group, not the victim listed again, and points at their lines', () => {
    const f = findingOf(makeEvent({ victim, oomGroup: group([10, 11, 12]) }), 'oom-group-kill');
    expect(f?.detail).toContain('memory.oom.group is set on /kubepods.slice/pod1.slice/cri-containerd-1.scope');
    expect(f?.detail).toContain('after web (pid 10)');
    expect(f?.detail).toContain(': task11 (pid 11), task12 (pid 12).');
    expect(f?.lines).toEqual([91, 93, 94]);
  });

  it('counts what it does not name, and says when nothing was left to kill', () => {
    const many = findingOf(makeEvent({ victim, oomGroup: group([11, 12, 13, 14, 15, 16, 17]) }), 'oom-group-kill');
    expect(many?.detail).toContain('task15 (pid 15), 2 more.');
    expect(findingOf(makeEvent({ victim, oomGroup: group([10]) }), 'oom-group-kill')?.detail).toContain(
      'none was left to kill',
    );
  });

  it('does not fire without the group line', () => {
    expect(findingOf(makeEvent({ victim }), 'oom-group-kill')).toBeUndefined();
  });
});

describe('victim-not-top-score', () => {
  const base = {
    summary: { ...emptySummary(), ramPages: 100000, lines: {} },
    tasks: makeTable([
      makeTask({ pid: 1, rssPages: 50000, name: 'big' }),
      makeTask({ pid: 2, rssPages: 1000, name: 'small' }),
    ]),
  };
  it('fires (warning) when a much bigger task was passed over', () => {
    const f = findingOf(makeEvent({ ...base, victim: makeVictim(2, 'small') }), 'victim-not-top-score');
    expect(f?.severity).toBe('warning');
    expect(f?.detail).toContain('big (pid 1) scores 50000 pages');
  });
  it('does not fire when the top task was killed', () => {
    expect(findingOf(makeEvent({ ...base, victim: makeVictim(1, 'big') }), 'victim-not-top-score')).toBeUndefined();
  });
  it('does not fire when the era cannot be rebuilt (≤2.6.35)', () => {
    const facts = testFacts({ badnessEra: () => eraRule({ rebuildable: false }) });
    expect(
      findingOf(makeEvent({ ...base, victim: makeVictim(2, 'small') }), 'victim-not-top-score', facts),
    ).toBeUndefined();
  });
  it('3.x era with the root bonus: a root task slightly bigger than a user task ranks below it', () => {
    const facts = testFacts({
      badnessEra: () => eraRule({ rootBonusPercent: 3, rootBonusOf: 'points', signed: false }),
    });
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 1, uid: 0, rssPages: 1020 }), makeTask({ pid: 2, uid: 1000, rssPages: 1000 })]),
      victim: makeVictim(2),
    });
    expect(findingOf(e, 'victim-not-top-score', facts)).toBeUndefined();
    expect(findingOf(e, 'victim-not-top-score')).toBeDefined();
  });
});

describe('sysrq-manual', () => {
  it('fires for order=-1', () => {
    expect(
      findingOf(makeEvent({ kind: 'sysrq', trigger: makeTrigger({ order: -1, comm: 'kworker/0:2' }) }), 'sysrq-manual')
        ?.severity,
    ).toBe('info');
  });
  it('does not fire for a real allocation', () => {
    expect(findingOf(makeEvent({ trigger: makeTrigger({ order: 0 }) }), 'sysrq-manual')).toBeUndefined();
  });
});

describe('panic-on-oom and no-killable-process', () => {
  it('panic-on-oom fires on the panic_on_oom message only', () => {
    const panic = {
      message: 'Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled',
      line: 70,
    };
    expect(findingOf(makeEvent({ panic }), 'panic-on-oom')?.severity).toBe('critical');
    const other = { message: 'Kernel panic - not syncing: Out of memory and no killable processes...', line: 70 };
    expect(findingOf(makeEvent({ panic: other }), 'panic-on-oom')).toBeUndefined();
    expect(findingOf(makeEvent({ panic: other }), 'no-killable-process')).toBeDefined();
    expect(findingOf(makeEvent(), 'panic-on-oom')).toBeUndefined();
  });
  it('no-killable-process fires on the parsed flag, not otherwise', () => {
    expect(findingOf(makeEvent({ noKillable: true }), 'no-killable-process')).toBeDefined();
    expect(findingOf(makeEvent({ victim: makeVictim(1) }), 'no-killable-process')).toBeUndefined();
  });
});
