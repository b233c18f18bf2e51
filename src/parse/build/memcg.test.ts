import { describe, expect, it } from 'vitest';
import { buildFrom, dedent } from '../../../test/support/lines';

// 3.10 RHEL7 cgroup v1 (lkml post): Task in / limit of, v1 one-line stats in KB.
const V1 = dedent(`
  leaker invoked oom-killer: gfp_mask=0x50, order=0, oom_score_adj=0
  leaker cpuset=/ mems_allowed=0
  CPU: 1 PID: 3206 Comm: leaker Not tainted 3.10.0-957.27.2.el7.x86_64 #1
  Call Trace:
   [<ffffffffaf364147>] dump_stack+0x19/0x1b
  Task in /leaker killed as a result of limit of /leaker
  memory: usage 524288kB, limit 524288kB, failcnt 20628
  memory+swap: usage 524288kB, limit 9007199254740988kB, failcnt 0
  kmem: usage 0kB, limit 9007199254740988kB, failcnt 0
  Memory cgroup stats for /leaker: cache:840KB rss:523448KB rss_huge:0KB mapped_file:0KB swap:0KB inactive_anon:0KB active_anon:523448KB inactive_file:464KB active_file:376KB unevictable:0KB
  Memory cgroup stats for /leaker/child: cache:0KB rss:1KB
  [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
  [ 3206]     0  3206   134173   130940     265        0             0 leaker
  Memory cgroup out of memory: Kill process 3206 (leaker) score 970 or sacrifice child
  Killed process 3206 (leaker) total-vm:536692kB, anon-rss:523304kB, file-rss:412kB, shmem-rss:0kB
`);

// 3.16 (Debian 8) cgroup v1: `Task in` and `killed as a result of limit of` printed on two lines.
const V1_SPLIT = dedent(`
  java invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0
  java cpuset=/ mems_allowed=0
  CPU: 1 PID: 4321 Comm: java Not tainted 3.16.0-4-amd64 #1 Debian 3.16.43-2
  Task in /lxc/101/ns
   killed as a result of limit of /lxc/101
  memory: usage 524288kB, limit 524288kB, failcnt 1234
  memory+swap: usage 0kB, limit 9007199254740991kB, failcnt 0
  kmem: usage 0kB, limit 9007199254740991kB, failcnt 0
  Memory cgroup stats for /lxc/101: cache:0KB rss:524288KB
  [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
  [ 4321]  1000  4321   300000   131072     300        0             0 java
  Memory cgroup out of memory: Kill process 4321 (java) score 1000 or sacrifice child
  Killed process 4321 (java) total-vm:1200000kB, anon-rss:524288kB, file-rss:0kB
`);

// 6.5 cgroup v2: memory/swap counters, one-key-per-line stats in bytes, oom_memcg on the constraint line.
const V2 = dedent(`
  tee invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0
  CPU: 10 PID: 492129 Comm: tee Not tainted 6.5.0 #1-NixOS
  memory: usage 718396kB, limit 488280kB, failcnt 55166
  swap: usage 444712kB, limit 9007199254740988kB, failcnt 0
  Memory cgroup stats for /user.slice/app.scope:
  anon 0
  file 610512896
  shmem_thp 536870912
  pgfault 149007941
  Tasks state (memory values in pages):
  [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
  [ 265606]  1000 265606  1199236    62118  4153344    98752           100 .thunderbird-wr
  oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=user.slice,mems_allowed=0,oom_memcg=/user.slice/app.scope,task_memcg=/user.slice/app.scope,task=.thunderbird-wr,pid=265606,uid=1000
  Memory cgroup out of memory: Killed process 265606 (.thunderbird-wr) total-vm:4796944kB, anon-rss:8988kB, file-rss:239484kB, shmem-rss:0kB, UID:1000 pgtables:4056kB oom_score_adj:100
`);

describe('event builder: memory-cgroup OOMs', () => {
  it('reads a cgroup v1 report (Task in, counters, one-line stats)', () => {
    const { events, diagnostics } = buildFrom(V1);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'memcg', complete: true, firstLine: 1, lastLine: 15 });
    expect(e.memcg).toMatchObject({
      path: '/leaker',
      taskPath: '/leaker',
      memory: { usageKb: 524288, limitKb: 524288, failcnt: 20628, line: 7 },
      memsw: { usageKb: 524288, limitKb: 9007199254740988 },
      kmem: { usageKb: 0 },
      swap: null,
      statsPath: '/leaker',
      statsUnit: 'kB',
      statsLine: 10,
      line: 6,
    });
    expect(e.memcg!.stats).toMatchObject({ cache: 840, rss: 523448, unevictable: 0 });
    expect(Object.keys(e.memcg!.stats)).toHaveLength(10);
    // The hierarchy below it (v1 prints one stats line per cgroup).
    expect(e.memcg!.children).toEqual([{ path: '/leaker/child', stats: { cache: 0, rss: 1 }, line: 11 }]);
    expect(e.tasks!.tasks).toHaveLength(1);
    expect(e.selection?.score).toBe(970);
    expect(diagnostics).toEqual([]);
  });

  it('reads the 3.14–3.18 split `Task in` / `killed as a result of limit of` lines', () => {
    const { events, diagnostics } = buildFrom(V1_SPLIT);
    expect(events).toHaveLength(1);
    expect(diagnostics.map((d) => d.message).filter((m) => m.includes('joined'))).toEqual([]); // not a wrap
    const e = events[0];
    expect(e).toMatchObject({ kind: 'memcg', complete: true, unparsedLines: [] });
    expect(e.memcg).toMatchObject({ path: '/lxc/101', taskPath: '/lxc/101/ns', line: 4 });
    expect(e.memcg?.memory).toMatchObject({ usageKb: 524288, limitKb: 524288 });
  });

  it('reads a cgroup v2 report (stats one key per line, paths from the constraint line)', () => {
    const { events } = buildFrom(V2);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'memcg', complete: true, lastLine: 14, unparsedLines: [] });
    expect(e.memcg).toMatchObject({
      path: '/user.slice/app.scope',
      taskPath: '/user.slice/app.scope',
      memory: { usageKb: 718396, limitKb: 488280, failcnt: 55166 },
      swap: { usageKb: 444712 },
      memsw: null,
      statsPath: '/user.slice/app.scope',
      statsUnit: 'bytes',
      statsLine: 5,
      line: 3,
    });
    expect(e.memcg!.stats).toEqual({ anon: 0, file: 610512896, shmem_thp: 536870912, pgfault: 149007941 });
    expect(e.tasks!.tasks.map((t) => t.name)).toEqual(['.thunderbird-wr']);
  });

  it('takes a memcg kill message alone as memcg evidence', () => {
    const { events } = buildFrom(
      'a invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0\nMemory cgroup out of memory: Kill process 5 (a) score 1 or sacrifice child\nKilled process 5 (a) total-vm:1kB, anon-rss:1kB, file-rss:0kB',
    );
    expect(events[0]).toMatchObject({ kind: 'memcg', memcg: null });
    // A real report has dump_stack after its header and the cgroup's usage lines (pr_info) before the kill:
    // these three lines are what is left after a grep or a log-level filter.
    expect(events[0]).toMatchObject({
      complete: false,
      cuts: [
        { kind: 'gap', line: 2 },
        { kind: 'filter', line: 3 },
      ],
    });
  });

  it('keeps a memory.oom.group kill of the whole group in the one event (no fragments)', () => {
    // The kernel's order (mm/oom_kill.c): the victim, the group line, then one kill per member,
    // with reaper lines and `already exiting` notes in between; the victim may be listed again.
    const group = [
      'Tasks in /user.slice/app.scope are going to be killed due to memory.oom.group set',
      'oom_reaper: reaped process 265606 (.thunderbird-wr), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
      'Memory cgroup out of memory: Killed process 265700 (Web Content) total-vm:2682760kB, anon-rss:100kB, file-rss:99584kB, shmem-rss:148kB, UID:1000 pgtables:636kB oom_score_adj:100',
      'Memory cgroup out of memory: OOM victim 265606 (.thunderbird-wr) is already exiting. Skip killing the task',
      'oom_reaper: reaped process 265700 (Web Content), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
      'Memory cgroup out of memory: Killed process 265701 (RDD Process) total-vm:1000kB, anon-rss:10kB, file-rss:20kB, shmem-rss:0kB, UID:1000 pgtables:4kB oom_score_adj:100',
      'systemd[1]: app.scope: A process of this unit has been killed by the OOM killer.',
    ];
    const { events, diagnostics } = buildFrom(`${V2}\n${group.join('\n')}`);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'memcg', complete: true, lastLine: 20, unparsedLines: [] });
    expect(e.victim?.pid).toBe(265606);
    expect(e.reaped?.pid).toBe(265606);
    expect(e.oomGroup).toMatchObject({ path: '/user.slice/app.scope', line: 15 });
    expect(e.oomGroup!.killed.map((v) => [v.pid, v.comm, v.line])).toEqual([
      [265700, 'Web Content', 17],
      [265701, 'RDD Process', 20],
    ]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('has no group without the group line: a later kill line is a fragment of its own', () => {
    const { events } = buildFrom(
      `${V2}\nsomething else\nMemory cgroup out of memory: Killed process 7 (b) total-vm:1kB, anon-rss:1kB, file-rss:0kB, shmem-rss:0kB`,
    );
    expect(events.map((e) => [e.kind, e.oomGroup])).toEqual([
      ['memcg', null],
      ['fragment', null],
    ]);
  });

  it('does not call a global OOM with a task_memcg a memcg OOM', () => {
    const { events } = buildFrom(
      'a invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0\noom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/user.slice,task=a,pid=1,uid=0',
    );
    expect(events[0]).toMatchObject({ kind: 'global', memcg: null, complete: false });
  });
});
