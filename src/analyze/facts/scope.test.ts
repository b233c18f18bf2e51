import { describe, expect, it } from 'vitest';
import { scopeOf } from './scope';
import { emptyMemcg, makeEvent, makeTrigger, makeVictim } from '../../../test/support/model';
import type { ConstraintInfo, StackFrame } from '../../parse/model';

const constraint = (over: Partial<ConstraintInfo>): ConstraintInfo => ({
  constraint: 'CONSTRAINT_NONE',
  nodemask: '(null)',
  cpuset: '/',
  memsAllowed: '0',
  globalOom: false,
  oomMemcg: null,
  taskMemcg: null,
  task: 'x',
  pid: 1,
  uid: 0,
  line: 40,
  ...over,
});
const frame = (symbol: string, line: number, unreliable = false): StackFrame => ({
  symbol,
  unreliable,
  module: null,
  line,
});

describe('scopeOf', () => {
  it('SysRq from order -1 or moom_callback', () => {
    expect(scopeOf(makeEvent({ trigger: makeTrigger({ order: -1 }) }))).toMatchObject({ scope: 'sysrq', lines: [1] });
    expect(scopeOf(makeEvent({ callTrace: [frame('moom_callback+0x1/0x2', 9)] })).scope).toBe('sysrq');
  });

  it('the constraint line: memcg (also by oom_memcg under the 5.0/5.1 CONSTRAINT_NONE bug), cpuset, mempolicy, global', () => {
    expect(scopeOf(makeEvent({ constraint: constraint({ constraint: 'CONSTRAINT_MEMCG' }) })).scope).toBe('memcg');
    expect(scopeOf(makeEvent({ constraint: constraint({ oomMemcg: '/a' }) })).scope).toBe('memcg');
    expect(scopeOf(makeEvent({ constraint: constraint({ constraint: 'CONSTRAINT_CPUSET' }) })).scope).toBe('cpuset');
    expect(scopeOf(makeEvent({ constraint: constraint({ constraint: 'CONSTRAINT_MEMORY_POLICY' }) })).scope).toBe(
      'mempolicy',
    );
    expect(scopeOf(makeEvent({ constraint: constraint({ globalOom: true }) }))).toMatchObject({
      scope: 'global',
      signal: 'constraint-global',
    });
  });

  it('memcg from the kill message, the usage line, the Task-in line, or memcg frames of the trace', () => {
    const memcgKill = { ...makeVictim(1, 'x', 50), message: 'Memory cgroup out of memory' };
    expect(scopeOf(makeEvent({ victim: memcgKill }))).toMatchObject({ scope: 'memcg', signal: 'memcg-kill-line' });
    const usage = emptyMemcg(20, { memory: { usageKb: 1, limitKb: 1, failcnt: 0, line: 21 } });
    expect(scopeOf(makeEvent({ memcg: usage }))).toMatchObject({ scope: 'memcg', lines: [21] });
    expect(scopeOf(makeEvent({ memcg: emptyMemcg(20, { path: '/x', taskPath: '/x' }) })).scope).toBe('memcg');
    const trace = [frame('dump_stack+0x1/0x2', 5), frame('mem_cgroup_oom_synchronize+0x34f/0x580', 13)];
    expect(scopeOf(makeEvent({ callTrace: trace }))).toMatchObject({
      scope: 'memcg',
      signal: 'memcg-trace',
      lines: [13],
    });
  });

  it('an unreliable memcg frame among reliable ones proves nothing; when every frame is unreliable they count', () => {
    const mixed = [
      frame('dump_stack+0x1/0x2', 5),
      frame('mem_cgroup_iter+0x1/0x2', 6, true),
      frame('try_charge+0x1/0x2', 7, true),
    ];
    expect(scopeOf(makeEvent({ callTrace: mixed })).scope).toBe('unknown');
    const allUnreliable = mixed.map((f) => ({ ...f, unreliable: true }));
    expect(scopeOf(makeEvent({ callTrace: allUnreliable })).scope).toBe('memcg');
  });

  it('global from an "Out of memory" kill line or a machine-wide panic; memcg evidence outranks it', () => {
    const kill = { ...makeVictim(1, 'x', 50), message: 'Out of memory' };
    expect(scopeOf(makeEvent({ victim: kill }))).toMatchObject({ scope: 'global', lines: [50] });
    expect(
      scopeOf(makeEvent({ panic: { message: 'Kernel panic - not syncing: System is deadlocked on memory', line: 9 } }))
        .scope,
    ).toBe('global');
    // vm.panic_on_oom=2 says "compulsory" for any OOM: not a scope by itself.
    expect(
      scopeOf(makeEvent({ panic: { message: 'Out of memory: compulsory panic_on_oom is enabled', line: 9 } })).scope,
    ).toBe('unknown');
    const trace = [frame('mem_cgroup_out_of_memory+0x1/0x2', 12)];
    expect(scopeOf(makeEvent({ victim: kill, callTrace: trace })).scope).toBe('memcg');
  });

  it('nothing that tells: unknown, with no evidence (a lone header, a bare pre-5.1 kill line)', () => {
    expect(scopeOf(makeEvent({ trigger: makeTrigger() }))).toEqual({ scope: 'unknown', signal: null, lines: [] });
    expect(scopeOf(makeEvent({ victim: { ...makeVictim(1), message: null } })).scope).toBe('unknown');
  });
});
