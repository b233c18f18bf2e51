import { describe, expect, it } from 'vitest';
import { invokerOf, memcgOf, relationTo } from './who';
import { emptyMemcg, makeEvent, makeKernel, makeTable, makeTask, makeTrigger } from '../../../test/support/model';
import type { OomEvent } from '../../parse/model';

const table = (...tasks: Parameters<typeof makeTask>[0][]) => makeTable(tasks.map((t) => makeTask(t)));

describe('relationTo: a printed pid (a thread id) against the killed process', () => {
  const twoMains = (): Partial<OomEvent> => ({
    tasks: table({ pid: 10517, name: 'go' }, { pid: 11344, name: 'main' }),
  });
  it('the same id', () => {
    expect(relationTo(makeEvent(), 5, 'x', 5, 'x').relation).toBe('same');
  });
  it('a thread: no row of its own in a complete table, one process of that name, which is the victim', () => {
    expect(relationTo(makeEvent(twoMains()), 11345, 'main', 11344, 'main')).toMatchObject({ relation: 'thread' });
  });
  it('a thread by the tgid column of its own row', () => {
    const e = makeEvent({ tasks: table({ pid: 12, tgid: 11, name: 'worker' }) });
    expect(relationTo(e, 12, 'worker', 11, 'java').relation).toBe('thread');
  });
  it('another process: its own row, a second process of that name, or a kernel thread', () => {
    expect(
      relationTo(makeEvent({ tasks: table({ pid: 1, name: 'a' }, { pid: 2, name: 'b' }) }), 1, 'a', 2, 'b').relation,
    ).toBe('other');
    const e = makeEvent({ tasks: table({ pid: 1, name: 'x' }, { pid: 2, name: 'x' }) });
    expect(relationTo(e, 3, 'x', 2, 'x').relation).toBe('other');
    expect(relationTo(makeEvent(twoMains()), 2, 'kthreadd', 11344, 'main').relation).toBe('other');
  });
  it('a cut table tells nothing; without a table the same name is only a likely thread', () => {
    const cut = makeEvent({ tasks: makeTable([makeTask({ pid: 11344, name: 'main' })], { elided: true }) });
    expect(relationTo(cut, 11345, 'main', 11344, 'main').relation).toBe('unknown');
    expect(relationTo(makeEvent(), 5795, 'SABnzbd.py', 5790, 'SABnzbd.py').relation).toBe('same-name');
  });
});

describe('invokerOf', () => {
  it('kswapd by its trace (balance_pgdat) or name, SysRq, kernel threads, processes', () => {
    const kswapd = makeEvent({
      trigger: makeTrigger({ comm: 'kswapd0', pid: 111 }),
      callTrace: [{ symbol: 'balance_pgdat+0x424/0x908', unreliable: false, module: null, line: 13 }],
    });
    expect(invokerOf(kswapd)).toMatchObject({ kind: 'kswapd', pid: 111, lines: [1, 13] });
    expect(invokerOf(makeEvent({ trigger: makeTrigger({ order: -1, comm: 'kworker/0:2' }) })).kind).toBe('sysrq');
    expect(invokerOf(makeEvent({ trigger: makeTrigger({ comm: 'kthreadd', pid: 2 }) })).kind).toBe('kernel-thread');
    expect(invokerOf(makeEvent({ trigger: makeTrigger({ comm: 'java' }) })).kind).toBe('process');
    expect(invokerOf(makeEvent()).kind).toBeNull();
  });
  it('the pid comes from the CPU:/PID: line when the header has none', () => {
    expect(
      invokerOf(makeEvent({ trigger: makeTrigger({ pid: null }), kernel: { ...makeKernel('5.4.0'), pid: 7 } })).pid,
    ).toBe(7);
  });
});

describe('memcgOf', () => {
  const c = (oom: string | null, task: string | null): Partial<OomEvent> => ({
    constraint: {
      constraint: 'CONSTRAINT_MEMCG',
      nodemask: null,
      cpuset: null,
      memsAllowed: null,
      globalOom: false,
      oomMemcg: oom,
      taskMemcg: task,
      task: 'x',
      pid: 1,
      uid: 0,
      line: 5,
    },
  });
  it('a parent (the pod) hit its limit, not the task’s own cgroup (the container)', () => {
    expect(memcgOf(makeEvent(c('/kubepods/pod1', '/kubepods/pod1/ctr')))).toMatchObject({
      level: 'ancestor',
      lines: [5],
    });
    expect(memcgOf(makeEvent(c('/a', '/a')))?.level).toBe('same');
    expect(memcgOf(makeEvent(c('/a', '/ab')))?.level).toBe('other');
    expect(memcgOf(makeEvent())).toBeNull();
  });
  it('a `limit of` path cut by the paste is completed from the stats line of the same cgroup', () => {
    const memcg = emptyMemcg(29, {
      path: '/docker/35f18c',
      taskPath: '/docker/35f18c48d4',
      statsPath: '/docker/35f18c48d4',
    });
    expect(memcgOf(makeEvent({ memcg }))).toMatchObject({ oomPath: '/docker/35f18c48d4', level: 'same' });
  });
});
