/**
 * What one report is (issue 10, "Events"): what still belongs to it after its kill line, which lines are
 * evidence about it and not events (echoes, balloon lines), a memory dump without its header, and the cuts
 * that make it incomplete. Lines are real report lines (corpus logs named in each case).
 */
import { describe, expect, it } from 'vitest';
import { createEventBuilder } from './events';
import { buildFrom, dedent } from '../../../test/support/lines';
import type { LogLine } from '../model';

const TRIGGER =
  'stress-ng-vm invoked oom-killer: gfp_mask=0x1100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=1000';
const CPU = 'CPU: 1 PID: 183960 Comm: stress-ng-vm Not tainted 5.15.0-1041-azure #48-Ubuntu';
const CONSTRAINT =
  'oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=x.scope,mems_allowed=0,oom_memcg=/kubepods.slice/pod,task_memcg=/kubepods.slice/pod/x.scope,task=stress-ng-vm,pid=183960,uid=0';
const MEMCG = 'memory: usage 102400kB, limit 102400kB, failcnt 6402';
const KILL =
  'Memory cgroup out of memory: Killed process 183960 (stress-ng-vm) total-vm:299192kB, anon-rss:93176kB, file-rss:316kB, shmem-rss:12kB, UID:0 pgtables:476kB oom_score_adj:1000';
/** A whole 5.15 memcg report in few lines (001). */
const REPORT = [TRIGGER, CPU, 'Call Trace:', ' out_of_memory+0x106/0x2e0', MEMCG, CONSTRAINT, KILL];

function feedLines(lines: (string | Partial<LogLine>)[]) {
  const builder = createEventBuilder();
  lines.forEach((l, i) =>
    builder.feed(
      typeof l === 'string'
        ? { line: i + 1, text: l, time: null, uptime: null }
        : { line: i + 1, time: null, uptime: null, text: '', ...l },
    ),
  );
  return builder.end();
}

describe('other programs quoting the kill: evidence, not events', () => {
  it('keeps a line of another program (its syslog prefix names it) as an echo of the kill it quotes (001 line 89)', () => {
    const npd =
      'I1012 19:00:20.884452 3240 log_monitor.go:160] New status generated: &{Reason:OOMKilling Message:' + KILL + '}]';
    const { events } = feedLines([
      ...REPORT,
      {
        text: 'cri-containerd-25a3.scope: A process of this unit has been killed by the OOM killer.',
        source: 'systemd',
      },
      { text: npd, source: 'node-problem-detector-startup.sh' },
      TRIGGER,
    ]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ lastLine: 7, complete: true });
    expect(events[0].echoes).toEqual([
      { source: 'systemd', line: 8 },
      { source: 'node-problem-detector-startup.sh', line: 9 },
    ]);
    expect(events[1].trigger?.line).toBe(10);
  });

  it('reads a quote inside structured text as an echo even without a syslog prefix, before or after its event', () => {
    const quote = `time="2023-10-12" level=info msg="${KILL}"`;
    const after = buildFrom([...REPORT, 'x', quote].join('\n'));
    expect(after.events).toHaveLength(1);
    expect(after.events[0].echoes).toEqual([{ source: null, line: 9 }]);
    const before = buildFrom([quote, ...REPORT].join('\n'));
    expect(before.events).toHaveLength(1);
    expect(before.events[0].echoes).toEqual([{ source: null, line: 1 }]);
    const alone = buildFrom(quote);
    expect(alone.events).toHaveLength(0);
    expect(alone.diagnostics.map((d) => d.message)).toEqual([
      'line 1 quotes the kill of process 183960, whose OOM report is not in this input',
    ]);
  });

  it('takes the same kill line again (a copy cut from its prefix) for an echo, not a second kill', () => {
    const { events } = buildFrom(
      [...REPORT, 'x', 'Killed process 183960 (stress-ng-vm) total-vm:299192kB,'].join('\n'),
    );
    expect(events).toHaveLength(1);
    expect(events[0].echoes).toEqual([{ source: null, line: 9 }]);
    // Another process, or other sizes: a kill of its own.
    expect(
      buildFrom([...REPORT, 'x', 'Killed process 183961 (stress-ng-vm) total-vm:299192kB,'].join('\n')).events,
    ).toHaveLength(2);
  });
});

describe('lines that end a report belong to it', () => {
  it('keeps the panic after "no killable processes" (023 lines 89-90)', () => {
    const { events } = buildFrom(
      dedent(`
        kworker/u4:0 invoked oom-killer: gfp_mask=0x40cd0(GFP_KERNEL|__GFP_COMP|__GFP_RECLAIMABLE), order=0, oom_score_adj=0
        CPU: 0 PID: 7 Comm: kworker/u4:0 Not tainted 5.12.0-11533-ge7cb072eb988 #1
        [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
        Out of memory and no killable processes...
        Kernel panic - not syncing: System is deadlocked on memory
      `),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ noKillable: true, complete: true, lastLine: 5, panic: { line: 5 } });
  });

  it('keeps what the kill led to (`Attempted to kill init!`) and the reaper line', () => {
    const { events } = buildFrom(
      [
        ...REPORT,
        'oom_reaper: reaped process 183960 (stress-ng-vm), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
        'Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000009',
      ].join('\n'),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ lastLine: 9, reaped: { line: 8 }, panic: { line: 9 } });
  });

  it('reads a Mem-Info dump printed after the kill line as the report’s own when it had none', () => {
    const { events } = buildFrom(
      [
        TRIGGER,
        CPU,
        'Out of memory: Killed process 1 (a) total-vm:10kB, anon-rss:5kB',
        'Mem-Info:',
        'active_anon:27124 inactive_anon:18649 isolated_anon:0',
        'Node 0 DMA free:17380kB boost:0kB min:16384kB low:20480kB high:24576kB present:524288kB managed:458752kB',
        'lowmem_reserve[]: 0 0 0 0',
      ].join('\n'),
    );
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.lastLine).toBe(7);
    expect(e.memInfo?.counters).toEqual({ active_anon: 27124, inactive_anon: 18649, isolated_anon: 0 });
    expect(e.zones.map((z) => [z.zone, z.freeKb, z.lowmemReserve])).toEqual([['DMA', 17380, [0, 0, 0, 0]]]);
  });

  it('keeps the panic’s own dump (panic_print) in the report without reading it over the report’s', () => {
    const zone =
      'Node 0 DMA free:17380kB boost:0kB min:16384kB low:20480kB high:24576kB present:524288kB managed:458752kB';
    const { events } = buildFrom(
      [
        TRIGGER,
        CPU,
        'Mem-Info:',
        zone,
        'Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled',
        'Mem-Info:',
        zone.replace('17380', '1'),
      ].join('\n'),
    );
    expect(events).toHaveLength(1);
    expect(events[0].lastLine).toBe(7);
    expect(events[0].zones.map((z) => z.freeKb)).toEqual([17380]);
  });

  it('keeps a kernel bug right after the kill, over a few lines nobody understands, with its function (009)', () => {
    const { events } = buildFrom(
      dedent(`
        Out of memory: Killed process 3154 (system_server) total-vm:23662044kB, anon-rss:0kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:4056kB oom_score_adj:-900
        [RB/E]rb_sreason_str_set: sreason_str set null_pointer
        Unable to handle kernel NULL pointer dereference at virtual address 0000000000000328
        user pgtable: 4k pages, 39-bit VAs, pgdp=00000000821de000
        Internal error: Oops: 96000005 [#1] PREEMPT SMP
        Call trace:
         queue_oom_reaper+0x30/0x170
         __oom_kill_process+0x590/0x860
        tracing off
      `),
    );
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.kernelBugs).toEqual([
      {
        kind: 'oops',
        message: 'Unable to handle kernel NULL pointer dereference at virtual address 0000000000000328',
        function: 'queue_oom_reaper',
        line: 3,
      },
    ]);
    expect(e.lastLine).toBe(9);
    expect(e.callTrace).toEqual([]); // the bug's frames are not the report's
    expect(e.unparsedLines).toEqual([2]);
  });

  it('ends a report whose kill is followed by other lines only (they are read outside it)', () => {
    const lines = [
      ...REPORT,
      ...Array.from({ length: 10 }, (_, i) => `eth0: link up ${i}`),
      'BUG: unable to handle page fault for address: 0000000000001000',
    ];
    const { events } = buildFrom(lines.join('\n'));
    expect(events[0].lastLine).toBe(7);
    expect(events[0].kernelBugs).toEqual([]);
  });
});

describe('a kernel bug inside a report', () => {
  it('reads the bug’s stack into the bug (function from RIP), then the report goes on after `---[ end trace`', () => {
    const { events } = buildFrom(
      dedent(`
        ${TRIGGER}
        ${CPU}
        Call Trace:
         out_of_memory+0x106/0x2e0
        ------------[ cut here ]------------
        WARNING: CPU: 1 PID: 183960 at mm/page_alloc.c:4455 __alloc_pages_slowpath+0xd1/0xc50
        CPU: 1 PID: 183960 Comm: stress-ng-vm Not tainted 5.15.0-1041-azure #48-Ubuntu
        RIP: 0010:__alloc_pages_slowpath+0xd1/0xc50
        Call Trace:
         __alloc_pages+0x1fa/0x230
        ---[ end trace 1b2e6c5a2b2a4c11 ]---
        ${MEMCG}
        ${CONSTRAINT}
        ${KILL}
      `),
    );
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.kernelBugs).toEqual([
      {
        kind: 'warning',
        message: 'WARNING: CPU: 1 PID: 183960 at mm/page_alloc.c:4455 __alloc_pages_slowpath+0xd1/0xc50',
        function: '__alloc_pages_slowpath',
        line: 6,
      },
    ]);
    expect(e.callTrace.map((f) => f.symbol)).toEqual(['out_of_memory+0x106/0x2e0']);
    expect(e).toMatchObject({ complete: true, memcg: { memory: { usageKb: 102400 } }, victim: { pid: 183960 } });
  });
});

describe('a memory dump without its header is still a report', () => {
  it('opens an event at a zone line (show_mem output, a paste that lost its first lines: 019)', () => {
    const { events } = buildFrom(
      dedent(`
        eth0: link up
        DMA free:3548kB min:68kB low:84kB high:100kB active:0kB inactive:0kB present:16384kB pages_scanned:0 all_unreclaimable? yes
        lowmem_reserve[]: 0 0 880 4080
        Normal free:1340kB min:3756kB low:4692kB high:5632kB active:0kB inactive:28kB present:901120kB pages_scanned:2456536 all_unreclaimable? yes
        lowmem_reserve[]: 0 0 0 25600
        DMA: 1*4kB 1*8kB 1*16kB 0*32kB 1*64kB 1*128kB 1*256kB 0*512kB 1*1024kB 1*2048kB 0*4096kB = 3548kB
      `),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'fragment', trigger: null, firstLine: 2, lastLine: 6, pageSizeKb: 4 });
    expect(events[0].zones.map((z) => [z.zone, z.freeKb])).toEqual([
      ['DMA', 3548],
      ['Normal', 1340],
    ]);
  });
});

describe('cuts: a report is complete only when nothing inside it was cut out', () => {
  it('an elision or a grep `--` inside the report is a cut; outside it, nothing (014)', () => {
    const inside = buildFrom([REPORT[0], REPORT[1], '...', ...REPORT.slice(2)].join('\n'));
    expect(inside.events[0]).toMatchObject({ complete: false, cuts: [{ kind: 'elision', line: 3 }] });
    const grep = buildFrom([REPORT[0], REPORT[1], '--', ...REPORT.slice(2)].join('\n'));
    expect(grep.events[0]).toMatchObject({ complete: false, cuts: [{ kind: 'gap', line: 3 }] });
    const outside = buildFrom(['...', ...REPORT, '...'].join('\n'));
    expect(outside.events[0]).toMatchObject({ complete: true, cuts: [] });
  });

  it('a line the pager cut is a cut', () => {
    const builder = createEventBuilder();
    [...REPORT].forEach((text, i) =>
      builder.feed({ line: i + 1, text, time: null, uptime: null, ...(i === 4 ? { pagerCut: true as const } : {}) }),
    );
    expect(builder.end().events[0]).toMatchObject({ complete: false, cuts: [{ kind: 'pager', line: 5 }] });
  });

  it('lines missing between lines the kernel prints together are a gap (grep output: 026)', () => {
    // A frame right after a 2.6.36+ header: dump_stack's `CPU:` line is gone.
    const noStack = buildFrom([TRIGGER, ' oom_kill_process+0xd7/0x110', MEMCG, CONSTRAINT, KILL].join('\n'));
    expect(noStack.events[0].cuts).toEqual([{ kind: 'gap', line: 2 }]);
    // A task header without a row above a kill: the victim is always a row.
    const noRows = buildFrom(
      [
        ...REPORT.slice(0, 5),
        '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
        CONSTRAINT,
        KILL,
      ].join('\n'),
    );
    expect(noRows.events[0]).toMatchObject({ complete: false, cuts: [{ kind: 'gap', line: 6 }] });
    // A system-wide kill with a stack but no memory dump.
    const noDump = buildFrom(
      [
        TRIGGER.replace(/, oom.*/, ', oomkilladj=0'),
        ' [<c01408cb>] out_of_memory+0x69/0x18e',
        'Out of memory: Killed process 2345 (df_inode).',
      ].join('\n'),
    );
    expect(noDump.events[0].cuts).toEqual([{ kind: 'gap', line: 3 }]);
  });

  it('a 5.0+ report without its KERN_INFO lines (`journalctl -p warning`) is cut by a filter', () => {
    const dump = ['Mem-Info:', 'active_anon:27124 inactive_anon:18649 isolated_anon:0'];
    const globalKill = 'Out of memory: Killed process 996 (python) total-vm:2991716kB, anon-rss:122228kB';
    const filtered = buildFrom(
      [TRIGGER, CPU, 'Call Trace:', ' out_of_memory+0x106/0x2e0', ...dump, globalKill].join('\n'),
    );
    expect(filtered.events[0]).toMatchObject({ complete: false, cuts: [{ kind: 'filter', line: 7 }] });
    // A memcg kill without the cgroup's usage lines (pr_info), in any era.
    const memcg = buildFrom(
      [
        TRIGGER,
        CPU.replace('5.15.0-1041-azure', '4.15.0-20-generic'),
        'Call Trace:',
        ' out_of_memory+0x106/0x2e0',
        KILL,
      ].join('\n'),
    );
    expect(memcg.events[0]).toMatchObject({ complete: false, cuts: [{ kind: 'filter', line: 5 }] });
    // Before 5.0 there is no `oom-kill:` line to miss: the same lines are whole (a 4.x memcg report keeps its usage).
    const old = buildFrom(
      [
        TRIGGER,
        CPU.replace('5.15.0-1041-azure', '4.15.0-20-generic'),
        'Call Trace:',
        ' out_of_memory+0x106/0x2e0',
        MEMCG,
        KILL,
      ].join('\n'),
    );
    expect(old.events[0]).toMatchObject({ complete: true, cuts: [] });
  });

  it('never makes a missing counter zero', () => {
    const { events } = buildFrom(
      [TRIGGER, CPU, 'Mem-Info:', 'active_anon:1335 inactive_anon:0 isolated_anon:0', CONSTRAINT, KILL].join('\n'),
    );
    expect(events[0].memInfo?.counters).toEqual({ active_anon: 1335, inactive_anon: 0, isolated_anon: 0 });
    expect('free' in (events[0].memInfo?.counters ?? {})).toBe(false);
    expect(events[0].summary.ramPages).toBeNull();
  });
});

describe('balloon drivers near a report', () => {
  it('keeps a balloon line before the report (within 200 lines), inside it and right after its kill', () => {
    const { events } = buildFrom(
      [
        'hv_balloon: Balloon request will be partially fulfilled. Balloon floor reached.',
        ...REPORT.slice(0, 2),
        "virtio_balloon virtio0: Out of puff! Can't get 1 pages",
        ...REPORT.slice(2),
        'xen:balloon: Initialising balloon driver with 2048 MB',
      ].join('\n'),
    );
    expect(events[0].balloon).toEqual([
      { driver: 'hv_balloon', kb: null, line: 1 },
      { driver: 'virtio_balloon', kb: null, line: 4 },
      { driver: 'xen_balloon', kb: 2097152, line: 10 },
    ]);
    const far = buildFrom(
      ['hv_balloon: Balloon request will be partially fulfilled.', ...Array(300).fill('x'), ...REPORT].join('\n'),
    );
    expect(far.events[0].balloon).toEqual([]);
  });
});
