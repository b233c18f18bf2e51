import { describe, expect, it } from 'vitest';
import { pageSizeOf } from './pageSize';
import { makeBuddy, makeEvent, makeTable, makeTask, makeVictim, makeZone } from '../../../test/support/model';

describe('pageSizeOf', () => {
  it('buddy lines print order 0 as one page (64 KiB on many arm64/ppc64 kernels)', () => {
    const e = makeEvent({ buddy: [makeBuddy('Normal', [1, 2], { blockKb: [64, 128], line: 30 })] });
    expect(pageSizeOf(e)).toEqual({ kb: 64, proof: 'buddy', lines: [30] });
  });

  it('kill line total-vm (kB) against the victim row total_vm (pages)', () => {
    const e = makeEvent({
      tasks: makeTable([makeTask({ pid: 7, totalVmPages: 1000, line: 60 })]),
      victim: { ...makeVictim(7, 'x', 70), totalVmKb: 64000 },
    });
    expect(pageSizeOf(e)).toEqual({ kb: 64, proof: 'kill-line-total-vm', lines: [60, 70] });
  });

  it('Mem-Info free: (pages) against the zones’ free kB, or the node line against the counters', () => {
    const e = makeEvent({
      memInfo: { counters: { free: 100 }, line: 20 },
      zones: [makeZone({ zone: 'Normal', freeKb: 1600, line: 25 })],
    });
    expect(pageSizeOf(e)).toEqual({ kb: 16, proof: 'free-counter', lines: [20, 25] });
    const n = makeEvent({
      memInfo: { counters: { active_anon: 1000 }, line: 20 },
      nodes: [{ node: 0, fieldsKb: { active_anon: 4000 }, allUnreclaimable: false, line: 26 }],
    });
    expect(pageSizeOf(n).proof).toBe('node-counter');
  });

  it('pgtables_bytes whose common divisor is 4096 prove 4 KiB pages', () => {
    const tasks = [28672, 57344, 53248].map((b, i) => makeTask({ pid: i + 1, pgtablesBytes: b }));
    expect(pageSizeOf(makeEvent({ tasks: makeTable(tasks) }))).toMatchObject({ kb: 4, proof: 'pgtables' });
  });

  it('null when nothing proves it (a lone kill line): no 4 KiB assumed here', () => {
    expect(pageSizeOf(makeEvent({ victim: makeVictim(1) }))).toEqual({ kb: null, proof: null, lines: [] });
  });
});
