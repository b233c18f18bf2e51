import { describe, expect, it } from 'vitest';
import { createEventBuilder } from './events';
import { buildFrom, dedent } from '../../../test/support/lines';

const TRIGGER = 'a invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0';
const KILLED = 'Killed process 7 (b) total-vm:100kB, anon-rss:50kB, file-rss:0kB, shmem-rss:0kB';

describe('event builder: interleaved and damaged input', () => {
  it('counts lines it does not understand inside an event, without breaking the event', () => {
    const { events, diagnostics } = buildFrom(
      dedent(`
      ${TRIGGER}
      CPU: 0 PID: 1 Comm: a Not tainted 4.4.0 #1
      audit: type=1400 audit(1.2:3): apparmor="DENIED"
      IPv6: ADDRCONF(NETDEV_UP): eth0: link is not ready
      [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
      [  390]     0   390    39012     6739      78       51             0 systemd-journal
      systemd[1]: Started Session 3.
      [  391]     0   391    39012     6739      78       51             0 other
      ${KILLED}
    `),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ complete: true, firstLine: 1, lastLine: 9, unparsedLines: [3, 4, 7] });
    expect(events[0].tasks).toMatchObject({ elided: false });
    expect(events[0].tasks?.tasks).toHaveLength(2);
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => d.line)).toEqual([3, 4, 7]);
    expect(warnings[0].message).toContain('audit: type=1400');
  });

  it('ignores unrelated lines outside events and does not stretch an event over them', () => {
    const { events, diagnostics } = buildFrom(
      ['sshd[5]: Accepted', TRIGGER, 'cron[1]: job', 'cron[1]: job', 'systemd[1]: ok'].join('\n'),
    );
    expect(events[0]).toMatchObject({ firstLine: 2, lastLine: 2, unparsedLines: [] });
    expect(diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(1); // the cut-off event itself
  });

  it('marks a gap in the task table (an unreadable row) as elided', () => {
    const { events } = buildFrom(
      dedent(`
      ${TRIGGER}
      [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
      [  390]     0   390    39012     6739      78       51             0 systemd-journal
      [  39
      [  391]     0   391    39012     6739      78       51             0 other
      ${KILLED}
    `),
    );
    expect(events[0].tasks).toMatchObject({ elided: true });
    expect(events[0].unparsedLines).toEqual([4]);
  });

  it('joins hard-wrapped lines (mail at 72 columns) and says so', () => {
    const { events, diagnostics } = buildFrom(
      dedent(`
      ${TRIGGER}
      Node 0 DMA32 free:59728kB min:7832kB low:9788kB high:11748kB active_anon:21
      54380kB inactive_anon:604748kB present:3094644kB managed:2848912kB
      lowmem_reserve[]: 0 0 13055 13055
      [ pid ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
      [ 265606]  1000 265606  1199236    62118  4153344    98752
                 100 .thunderbird-wr
      Out of memory: Killed process 265606 (.thunderbird-wr) total-vm:4796944kB, anon-rss:898
      8kB, file-rss:239484kB, shmem-rss:0kB
    `),
    );
    const e = events[0];
    expect(e.zones).toHaveLength(1);
    expect(e.zones[0]).toMatchObject({ zone: 'DMA32', managedKb: 2848912, lowmemReserve: [0, 0, 13055, 13055] });
    expect(e.zones[0].fieldsKb.active_anon).toBe(2154380);
    expect(e.tasks?.tasks.map((t) => [t.pid, t.oomScoreAdj, t.name])).toEqual([[265606, 100, '.thunderbird-wr']]);
    expect(e.victim).toMatchObject({ anonRssKb: 8988, fileRssKb: 239484, shmemRssKb: 0 });
    // The excerpt goes from the header straight to a zone line: dump_stack's lines were cut out.
    expect(e).toMatchObject({ complete: false, cuts: [{ kind: 'gap', line: 2 }], lastLine: 9, unparsedLines: [] });
    expect(
      diagnostics.filter((d) => d.severity === 'info' && /hard-wrapped/.test(d.message)).map((d) => d.line),
    ).toEqual([3, 7, 9]);
  });

  it('never throws, whatever it is fed', () => {
    const junk = [
      '\u0000\u0001\u0002',
      '',
      ' ',
      'invoked oom-killer:',
      'Killed process',
      '[',
      ']]]',
      'x'.repeat(100000),
      '\uFFFD\uD800',
      'Mem-Info:',
      'lowmem_reserve[]:',
      '[ pid ]',
    ];
    const builder = createEventBuilder();
    for (let i = 0; i < 2000; i++) builder.feed({ line: i + 1, text: junk[i % junk.length], time: null, uptime: null });
    expect(() => builder.end()).not.toThrow();
  });

  it('survives a consumer that throws and reports it as an error diagnostic', () => {
    const builder = createEventBuilder({
      onEvent: () => {
        throw new Error('boom');
      },
    });
    builder.feed({ line: 1, text: TRIGGER, time: null, uptime: null });
    builder.feed({ line: 2, text: KILLED, time: null, uptime: null });
    const result = builder.end();
    expect(result.events).toHaveLength(1);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('boom'))).toBe(true);
  });

  it('stops treating lines as part of an open report after a long run of unrelated ones', () => {
    const lines = [TRIGGER, ...Array.from({ length: 600 }, (_, i) => `daemon[${i}]: chatter`), KILLED];
    const { events } = buildFrom(lines.join('\n'));
    expect(events.map((e) => [e.kind, e.firstLine, e.lastLine, e.unparsedLines.length])).toEqual([
      ['global', 1, 1, 0],
      ['fragment', 602, 602, 0],
    ]);
  });
});
