import { describe, expect, it } from 'vitest';
import { createEventBuilder } from './events';
import { buildFrom, dedent } from '../../../test/support/lines';
import type { LogLine } from '../model';

/** A 5.15 memcg report (001), oldest first. */
const REPORT = dedent(`
  stress-ng-vm invoked oom-killer: gfp_mask=0x1100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=1000
  CPU: 1 PID: 183960 Comm: stress-ng-vm Not tainted 5.15.0-1041-azure #48-Ubuntu
  Call Trace:
   out_of_memory+0x106/0x2e0
   mem_cgroup_out_of_memory+0x13f/0x160
  memory: usage 102400kB, limit 102400kB, failcnt 6402
  Tasks state (memory values in pages):
  [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
  [ 181505] 65535 181505      243        1    28672        0          -998 pause
  [ 183960]     0 183960    74798    23376   487424        0          1000 stress-ng-vm
  oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=x.scope,mems_allowed=0,oom_memcg=/pod,task_memcg=/pod/x.scope,task=stress-ng-vm,pid=183960,uid=0
  Memory cgroup out of memory: Killed process 183960 (stress-ng-vm) total-vm:299192kB, anon-rss:93176kB, file-rss:316kB, shmem-rss:12kB, UID:0 pgtables:476kB oom_score_adj:1000
`);
const reversed = (text: string) => text.split('\n').reverse().join('\n');

describe('pastes newest first', () => {
  it('reads a reversed report oldest first, as one complete event, by the order of its sections alone', () => {
    const forward = buildFrom(REPORT).events[0];
    const { events, diagnostics } = buildFrom(reversed(REPORT));
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ firstLine: 1, lastLine: 12, complete: true, kind: 'memcg' });
    expect(e.tasks?.tasks.map((t) => t.pid)).toEqual([181505, 183960]);
    expect(e.callTrace.map((f) => f.symbol)).toEqual(forward.callTrace.map((f) => f.symbol));
    expect(e.victim?.pid).toBe(183960);
    expect(diagnostics.map((d) => d.message)).toContain(
      'lines 1-12 are newest first (a reversed paste): read oldest first',
    );
  });

  it('reads two reversed reports as two', () => {
    const { events } = buildFrom(`${reversed(REPORT)}\n${reversed(REPORT).replace(/183960/g, '183970')}`);
    expect(events.map((e) => [e.firstLine, e.lastLine, e.victim?.pid, e.complete])).toEqual([
      [1, 12, 183960, true],
      [13, 24, 183970, true],
    ]);
  });

  it('tells by the times going down when the sections do not (dmesg stamps)', () => {
    const builder = createEventBuilder();
    const lines = [
      'Out of memory: Killed process 1 (a) total-vm:10kB, anon-rss:5kB',
      'eth0: link down',
      'eth0: link up',
      'a invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0',
    ];
    lines.forEach((text, i) => builder.feed({ line: i + 1, text, time: null, uptime: 100 - i } satisfies LogLine));
    const [e] = builder.end().events;
    expect(e).toMatchObject({ firstLine: 1, lastLine: 4, trigger: { line: 4 }, victim: { line: 1 } });
  });

  it('leaves forward pastes alone: a lone kill before a report, kills in a row, a later time after a kill', () => {
    const lone = buildFrom(`Out of memory: Killed process 1 (a) total-vm:10kB, anon-rss:5kB\n${REPORT}`);
    expect(lone.events.map((e) => [e.kind, e.firstLine])).toEqual([
      ['fragment', 1],
      ['memcg', 2],
    ]);
    const kills = buildFrom(
      'Killed process 1 (a) total-vm:10kB, anon-rss:5kB\nKilled process 2 (b) total-vm:10kB, anon-rss:5kB\n' + REPORT,
    );
    expect(kills.events).toHaveLength(3);
    const builder = createEventBuilder();
    [
      'Out of memory: Killed process 1 (a) total-vm:10kB',
      '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
    ].forEach((text, i) => builder.feed({ line: i + 1, text, time: null, uptime: 100 + i }));
    expect(builder.openFirstLine()).toBe(2); // not held: the second line is later, so the paste runs forward
  });
});
