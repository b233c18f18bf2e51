import { describe, expect, it } from 'vitest';
import {
  isMemcgKillMessage,
  parseMemcgCounter,
  parseMemcgStatLine,
  parseMemcgStatsHeader,
  parseTaskIn,
  parseOomGroup,
} from './memcg';

describe('parseMemcgCounter', () => {
  it('memory, memory+swap, swap and kmem lines (3.10 EL7, 4.18, 6.5)', () => {
    expect(parseMemcgCounter('memory: usage 524288kB, limit 524288kB, failcnt 20628', 5)).toEqual({
      kind: 'memory',
      counter: { usageKb: 524288, limitKb: 524288, failcnt: 20628, line: 5 },
    });
    expect(parseMemcgCounter('memory+swap: usage 524288kB, limit 9007199254740988kB, failcnt 0', 1)).toMatchObject({
      kind: 'memsw',
      counter: { limitKb: 9007199254740988 },
    });
    expect(parseMemcgCounter('kmem: usage 2016kB, limit 9007199254740988kB, failcnt 0', 1)?.kind).toBe('kmem');
    expect(parseMemcgCounter('swap: usage 444712kB, limit 9007199254740988kB, failcnt 0', 1)).toMatchObject({
      kind: 'swap',
      counter: { usageKb: 444712 },
    });
  });

  it('the huge "unlimited" limit stays exact', () => {
    expect(parseMemcgCounter('memory+swap: usage 0kB, limit 9007199254740988kB, failcnt 0', 1)?.counter.limitKb).toBe(
      9007199254740988,
    );
  });

  it('a line cut before failcnt keeps usage and limit', () => {
    expect(parseMemcgCounter('memory: usage 718396kB, limit 488280kB, fail', 1)?.counter).toMatchObject({
      limitKb: 488280,
      failcnt: null,
    });
  });

  it('rejects look-alikes', () => {
    expect(parseMemcgCounter('Memory cgroup min protection 0kB -- low protection 0kB', 1)).toBeNull();
    expect(parseMemcgCounter('Free swap  = 0kB', 1)).toBeNull();
    expect(parseMemcgCounter('swap: usage 4', 1)).toBeNull();
  });
});

describe('parseTaskIn', () => {
  it('≤4.20 Task in ... killed as a result of limit of ...', () => {
    expect(parseTaskIn('Task in /leaker killed as a result of limit of /leaker')).toEqual({
      taskPath: '/leaker',
      path: '/leaker',
    });
    expect(parseTaskIn('Task in /lxc/101/ns/app killed as a result of limit of /lxc/101')).toEqual({
      taskPath: '/lxc/101/ns/app',
      path: '/lxc/101',
    });
  });
  it('4.4+ no-victim form and the 3.14–3.18 split tail', () => {
    expect(parseTaskIn('Memory limit reached of cgroup /docker/abc')).toEqual({ taskPath: null, path: '/docker/abc' });
    expect(parseTaskIn(' killed as a result of limit of /leaker')).toEqual({ taskPath: null, path: '/leaker' });
    expect(parseTaskIn('Task in /lxc/101/ns')).toEqual({ taskPath: '/lxc/101/ns', path: null });
    expect(parseTaskIn('Task in /a b')).toBeNull();
  });
  it('rejects other lines', () => {
    expect(parseTaskIn('Tasks state (memory values in pages):')).toBeNull();
    expect(parseTaskIn('Tasks in /x are going to be killed due to memory.oom.group set')).toBeNull();
  });
});

describe('parseMemcgStatsHeader', () => {
  it('v1 one-line stats (4.18), values in KB', () => {
    const h = parseMemcgStatsHeader(
      'Memory cgroup stats for /leaker: cache:844KB rss:521136KB rss_huge:0KB shmem:0KB mapped_file:0KB dirty:132KB writeback:0KB inactive_anon:0KB active_anon:521224KB inactive_file:1012KB active_file:8KB unevictable:0KB',
    );
    expect(h?.path).toBe('/leaker');
    expect(h?.inlineStats).toMatchObject({ cache: 844, rss: 521136, dirty: 132, active_anon: 521224, unevictable: 0 });
    expect(Object.keys(h?.inlineStats ?? {})).toHaveLength(12);
  });

  it('v1 line cut mid-pair drops only the cut pair; EL7 negative %ld', () => {
    const h = parseMemcgStatsHeader('Memory cgroup stats for /a: cache:840KB rss:523448KB rss_huge:0KB mapped_fi');
    expect(h?.inlineStats).toEqual({ cache: 840, rss: 523448, rss_huge: 0 });
    expect(parseMemcgStatsHeader('Memory cgroup stats for /a: cache:840KB rss:5234')?.inlineStats).toEqual({
      cache: 840,
    });
    expect(parseMemcgStatsHeader('Memory cgroup stats for /a: cache:-4KB rss:8KB')?.inlineStats).toEqual({
      cache: -4,
      rss: 8,
    });
  });

  it('v2 header alone (6.5), path with @ and dots; path containing a colon', () => {
    const p = '/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-thunderbird-265606.scope';
    expect(parseMemcgStatsHeader(`Memory cgroup stats for ${p}:`)).toEqual({ path: p, inlineStats: null });
    expect(parseMemcgStatsHeader('Memory cgroup stats for /a:b: cache:1KB')).toEqual({
      path: '/a:b',
      inlineStats: { cache: 1 },
    });
  });

  it('rejects other lines', () => {
    expect(parseMemcgStatsHeader('Memory cgroup out of memory: Killed process 1 (x)')).toBeNull();
    expect(parseMemcgStatsHeader('memory: usage 1kB, limit 2kB, failcnt 0')).toBeNull();
  });
});

describe('parseMemcgStatLine', () => {
  it('v2 lines in bytes or counts', () => {
    expect(parseMemcgStatLine('anon 0')).toEqual(['anon', 0]);
    expect(parseMemcgStatLine('file 610512896')).toEqual(['file', 610512896]);
    expect(parseMemcgStatLine('workingset_refault_anon 141 ')).toEqual(['workingset_refault_anon', 141]);
    expect(parseMemcgStatLine('hierarchical_memory_limit 9223372036854771712')?.[0]).toBe('hierarchical_memory_limit');
  });
  it.each([
    'Tasks state (memory values in pages):',
    '[ 265810]  1000 265810   669458    23762   659456     4352           100 WebExtensions',
    'memory: usage 718396kB, limit 488280kB, failcnt 55166',
    '0 pages in swap cache',
    'Node 0 hugepages_total=0',
    'anon 12 34',
    'anon',
  ])('rejects %s', (s) => expect(parseMemcgStatLine(s)).toBeNull());
});

describe('isMemcgKillMessage', () => {
  it('memcg kill lines in both eras', () => {
    expect(
      isMemcgKillMessage('Memory cgroup out of memory: Kill process 3206 (leaker) score 970 or sacrifice child'),
    ).toBe(true);
    expect(
      isMemcgKillMessage('Memory cgroup out of memory: Killed process 265606 (.thunderbird-wr) total-vm:4796944kB'),
    ).toBe(true);
    expect(isMemcgKillMessage('Out of memory: Killed process 473206 (doxygen) total-vm:30290680kB')).toBe(false);
    expect(isMemcgKillMessage('Memory cgroup stats for /leaker:')).toBe(false);
  });
});

describe('parseOomGroup', () => {
  it('reads the memory.oom.group line (4.19+) with any path, also when cut before `set`', () => {
    expect(parseOomGroup('Tasks in /test1 are going to be killed due to memory.oom.group set')).toBe('/test1');
    expect(
      parseOomGroup(
        'Tasks in /kubepods.slice/kubepods-burstable.slice/cri-containerd-178e.scope are going to be killed due to memory.oom.group set',
      ),
    ).toBe('/kubepods.slice/kubepods-burstable.slice/cri-containerd-178e.scope');
    expect(parseOomGroup('Tasks in /a b/c are going to be killed due to memory.oom.group')).toBe('/a b/c');
  });

  it('rejects other lines', () => {
    expect(parseOomGroup('Tasks state (memory values in pages):')).toBeNull();
    expect(parseOomGroup('Task in /a killed as a result of limit of /a')).toBeNull();
    expect(parseOomGroup('Tasks in /a are going to be killed')).toBeNull();
  });
});
