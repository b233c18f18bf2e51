import { describe, expect, it } from 'vitest';
import { createEventBuilder } from './events';
import { buildFrom, dedent, feedAll } from '../../../test/support/lines';
import type { OomEvent } from '../model';

const TRIGGER = 'a invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0';
const KILLED = 'Killed process 7 (b) total-vm:100kB, anon-rss:50kB, file-rss:0kB, shmem-rss:0kB';

describe('event builder: boundaries', () => {
  it('splits several events, cutting one at the next trigger, and reports each as it closes', () => {
    const seen: number[] = [];
    const log = dedent(`
      ${TRIGGER}
      CPU: 0 PID: 1 Comm: a Not tainted 4.4.0 #1
      ${TRIGGER}
      CPU: 0 PID: 1 Comm: a Not tainted 4.4.0 #1
      ${KILLED}
      unrelated daemon message
      ${TRIGGER.replace('order=0', 'order=2')}
    `);
    const { events } = buildFrom(log, (e) => seen.push(e.index));
    expect(events.map((e) => [e.index, e.kind, e.complete, e.firstLine, e.lastLine])).toEqual([
      [0, 'global', false, 1, 2],
      [1, 'global', true, 3, 5],
      [2, 'global', false, 7, 7],
    ]);
    expect(events[2].trigger?.order).toBe(2);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('makes a fragment of a kill line without a report', () => {
    const lone = buildFrom('Out of memory: Killed process 1138439 (python3) total-vm:8117956kB, anon-rss:5649844kB,');
    expect(lone.events).toHaveLength(1);
    expect(lone.events[0]).toMatchObject({
      kind: 'fragment',
      complete: false,
      trigger: null,
      firstLine: 1,
      lastLine: 1,
    });
    expect(lone.events[0].victim).toMatchObject({ pid: 1138439, anonRssKb: 5649844, fileRssKb: null });
    const pair = buildFrom(
      'Out of memory: Kill process 6576 (java) score 651 or sacrifice child\nKilled process 6576 (java) total-vm:33914892kB, anon-rss:20629004kB, file-rss:0kB, shmem-rss:0kB',
    );
    expect(pair.events).toHaveLength(1);
    expect(pair.events[0]).toMatchObject({
      kind: 'fragment',
      firstLine: 1,
      lastLine: 2,
      selection: { pid: 6576 },
      victim: { pid: 6576 },
    });
  });

  it('makes a fragment of a task table without a header line', () => {
    const { events } = buildFrom(
      dedent(`
      [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
      [19272]     0 19272   678212   422656    1329        0             0 nmap
      Out of memory: Kill process 19272 (nmap) score 873 or sacrifice child
      Killed process 19272 (nmap) total-vm:2712848kB, anon-rss:1690624kB, file-rss:0kB, shmem-rss:0kB
    `),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'fragment',
      firstLine: 1,
      lastLine: 4,
      tasks: { headerLine: 1, elided: false },
    });
  });

  it('keeps a header alone as an incomplete event of its kind, with a cut task table elided', () => {
    const { events, diagnostics } = buildFrom(
      dedent(`
      ${TRIGGER}
      [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
      [  390]     0   390    39012     6739      78       51             0 systemd-journal
    `),
    );
    expect(events[0]).toMatchObject({ kind: 'global', complete: false, lastLine: 3 });
    expect(events[0].tasks?.elided).toBe(true);
    expect(diagnostics.some((d) => d.severity === 'warning' && /no kill line/.test(d.message))).toBe(true);
  });

  it('marks a task table elided at an elision marker', () => {
    const { events } = buildFrom(
      dedent(`
      ${TRIGGER}
      [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
      [  355]     0   355     4868       66      13        0             0 upstart-udev-br
      ...(此处有省略)
      [10399]   104 10399    21140    12367      44        0             0 nginx
      ${KILLED}
    `),
    );
    expect(events[0].tasks).toMatchObject({ elided: true });
    expect(events[0].tasks?.tasks.map((t) => t.pid)).toEqual([355, 10399]);
    expect(events[0].unparsedLines).toEqual([]);
  });

  it('attaches a late reaper line to the event of the same victim', () => {
    const log = [
      TRIGGER,
      KILLED,
      'systemd[1]: something',
      TRIGGER,
      'oom_reaper: reaped process 7 (b), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
      KILLED.replace('process 7', 'process 9'),
    ].join('\n');
    const { events } = buildFrom(log);
    expect(events).toHaveLength(2);
    expect(events[0].reaped).toMatchObject({ pid: 7, line: 5 });
    expect(events[0].lastLine).toBe(2);
    expect(events[1].reaped).toBeNull();
    expect(events[1].unparsedLines).toEqual([]);
  });

  it('tells the caller where the open event starts', () => {
    const builder = createEventBuilder();
    expect(builder.openFirstLine()).toBeNull();
    feedAll(builder, `noise\n${TRIGGER}\nCPU: 0 PID: 1 Comm: a Not tainted 4.4.0 #1`);
    expect(builder.openFirstLine()).toBe(2);
    builder.feed({ line: 4, text: KILLED, time: null, uptime: null });
    // A few lines after the kill may still come before a part of the report (a panic, a kernel bug).
    builder.feed({ line: 5, text: 'other', time: null, uptime: null });
    expect(builder.openFirstLine()).toBe(2);
    builder.feed({ line: 13, text: 'other', time: null, uptime: null });
    expect(builder.openFirstLine()).toBeNull();
  });

  it('takes time and uptime from the first line', () => {
    const builder = createEventBuilder();
    builder.feed({ line: 1, text: TRIGGER, time: '[  30.745678]', uptime: 30.745678 });
    const e: OomEvent = builder.end().events[0];
    expect(e).toMatchObject({ time: '[  30.745678]', uptime: 30.745678 });
  });
});

describe('event builder: allocation failures', () => {
  it('lists a page allocation failure apart, with its Mem-Info, and never as an event', () => {
    const { events, allocationFailures } = buildFrom(
      dedent(`
      kworker/u8:1: page allocation failure: order:4, mode:0x40c0(GFP_KERNEL|__GFP_COMP), nodemask=(null)
      CPU: 2 PID: 99 Comm: kworker/u8:1 Not tainted 5.10.0 #1
      Call Trace:
       dump_stack+0x6d/0x88
      Mem-Info:
      active_anon:1 inactive_anon:2 isolated_anon:0
       free:39513 free_pcp:2958 free_cma:0
      Node 0 Normal free:984kB min:8628kB low:14764kB high:20900kB present:6291456kB managed:6138012kB
      lowmem_reserve[]: 0 0 0 0
      2097022 pages RAM
      some unrelated line
      ${TRIGGER}
      ${KILLED}
    `),
    );
    expect(allocationFailures).toMatchObject([
      {
        firstLine: 1,
        lastLine: 10,
        comm: 'kworker/u8:1',
        gfpMask: '0x40c0',
        gfpPrinted: 'GFP_KERNEL|__GFP_COMP',
        order: 4,
        warning: 'page-allocation',
        kernel: { pid: 99, version: '5.10.0' },
        callTrace: [{ symbol: 'dump_stack+0x6d/0x88', line: 4 }],
        memInfo: { counters: { active_anon: 1, free: 39513 }, line: 5 },
        zones: [{ zone: 'Normal', freeKb: 984, lowmemReserve: [0, 0, 0, 0] }],
        summary: { ramPages: 2097022 },
        time: null,
        uptime: null,
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ firstLine: 12, memInfo: null, zones: [] });
  });
});
