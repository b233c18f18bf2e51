import { describe, expect, it } from 'vitest';
import { analyzeEvent } from './index';
import {
  emptyMemcg,
  emptySummary,
  makeEvent,
  makeKernel,
  makeTable,
  makeTask,
  makeTrigger,
  makeVictim,
  makeZone,
} from '../../test/support/model';
import { makeGfp, testFacts } from '../../test/support/analysis';

const headline = (...args: Parameters<typeof makeEvent>) =>
  analyzeEvent(makeEvent(...args), testFacts({ decodeGfp: () => makeGfp() })).headline;
const ids = (...args: Parameters<typeof makeEvent>) => headline(...args).map((s) => s.id);

describe('headline', () => {
  it('global OOM: what happened, who asked, who was killed and why', () => {
    const sentences = headline({
      kernel: makeKernel('5.10.0'),
      trigger: makeTrigger({ comm: 'sed', pid: 29481, order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 10, minKb: 100, lowmemReserve: [0, 0, 0, 0] })],
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 6576, name: 'mysqld', rssPages: 50000 })]),
      victim: { ...makeVictim(6576, 'mysqld'), anonRssKb: 200000, fileRssKb: 0, shmemRssKb: 0 },
    });
    expect(sentences).toEqual([
      { id: 'exhausted', params: { scope: 'global', watermark: 'min' } },
      { id: 'asked', params: { comm: 'sed', pid: 29481, requestKb: 4, order: 0, kernelThread: 0 } },
      {
        id: 'killed',
        params: {
          comm: 'mysqld',
          pid: 6576,
          residentKb: 200000,
          same: 0,
          selectedComm: null,
          selectedPid: null,
          score: null,
          reason: 'top-score',
        },
      },
    ]);
  });

  it('memcg OOM names the cgroup (and which level of it), and the asking thread of the killed process', () => {
    const sentences = headline({
      kind: 'memcg',
      memcg: emptyMemcg(2, {
        path: '/kubepods/pod1',
        taskPath: '/kubepods/pod1/ctr',
        memory: { usageKb: 524288, limitKb: 524288, failcnt: 1, line: 3 },
      }),
      trigger: makeTrigger({ comm: 'leaker', pid: 2747 }),
      tasks: makeTable([makeTask({ pid: 2746, name: 'leaker' })]),
      victim: makeVictim(2746, 'leaker'),
    });
    expect(sentences[0]).toEqual({
      id: 'memcg',
      params: {
        path: '/kubepods/pod1',
        taskPath: '/kubepods/pod1/ctr',
        level: 'ancestor',
        usageKb: 524288,
        limitKb: 524288,
      },
    });
    expect(sentences[1]).toMatchObject({ id: 'asked-thread', params: { pid: 2747, victimPid: 2746, proven: 1 } });
  });

  it('SysRq, fragments, panics, kswapd and a ≤5.0 sacrificed child', () => {
    expect(ids({ trigger: makeTrigger({ order: -1 }) })[0]).toBe('sysrq');
    expect(ids({ kind: 'fragment', complete: false, victim: makeVictim(5, 'python3') })).toEqual([
      'fragment',
      'killed',
    ]);
    const panic = headline({
      panic: { message: 'Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled', line: 9 },
    });
    expect(panic.at(-1)).toEqual({
      id: 'panic',
      params: { message: 'Out of memory: compulsory panic_on_oom is enabled' },
    });
    const child = headline({
      selection: { message: 'Out of memory', pid: 10, comm: 'parent', score: 900, line: 8 },
      victim: makeVictim(11, 'child'),
    });
    expect(child.at(-1)?.params).toMatchObject({ reason: 'child', selectedComm: 'parent', score: 900 });
    const kswapd = headline({
      trigger: makeTrigger({ comm: 'kswapd0', pid: 111 }),
      callTrace: [{ symbol: 'balance_pgdat+0x424/0x908', unreliable: false, module: null, line: 13 }],
      victim: makeVictim(5071, 'a.out'),
    });
    expect(kswapd.map((s) => s.id)).toEqual(['kswapd', 'killed']);
  });

  it('a fragment with zone lists says what they show: lowmem short while HighMem is free, or all zones short', () => {
    const zones = [
      makeZone({ zone: 'Normal', freeKb: 1340, minKb: 3756, lowmemReserve: [0, 0, 0, 0], line: 5 }),
      makeZone({
        zone: 'HighMem',
        freeKb: 1615600,
        minKb: 512,
        presentKb: 3276800,
        lowmemReserve: [0, 0, 0, 0],
        line: 7,
      }),
    ];
    // No header, so no mask: the zones are read for a GFP_KERNEL-like order-0 request.
    const headline = (...args: Parameters<typeof makeEvent>) =>
      analyzeEvent(makeEvent(...args), testFacts({ decodeGfp: () => null })).headline;
    const lowmem = headline({ kind: 'fragment', complete: false, zones });
    expect(lowmem[0].params).toMatchObject({ zones: 'lowmem', highFreeKb: 1615600 });
    const short = headline({ kind: 'fragment', complete: false, zones: [zones[0]] });
    expect(short[0].params).toMatchObject({ zones: 'exhausted', highFreeKb: null });
    const passing = headline({ kind: 'fragment', complete: false, zones: [{ ...zones[0], freeKb: 90000 }] });
    expect(passing[0].params).toMatchObject({ zones: 'none' });
  });

  it('a scope the lines do not show is said, not guessed', () => {
    expect(ids({ kind: 'global', trigger: makeTrigger({ comm: 'x' }), complete: false })[0]).toBe('scope-unknown');
  });

  it('when the victim row is missing from a cut table', () => {
    const sentences = headline({
      trigger: makeTrigger({ order: 0 }),
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 1 })], { elided: true }),
      victim: makeVictim(99, 'nginx'),
    });
    expect(sentences.at(-1)?.params.reason).toBe('row-missing');
  });
});
