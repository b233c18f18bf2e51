import { describe, expect, it } from 'vitest';
import { emptyMemcg, makeEvent, makeTrigger, makeZone } from '../../../test/support/model';
import { findingOf, makeGfp, testFacts } from '../../../test/support/analysis';
import type { ConstraintInfo } from '../../parse/model';

const constraint = (over: Partial<ConstraintInfo>): ConstraintInfo => ({
  constraint: 'CONSTRAINT_MEMCG',
  nodemask: '(null)',
  cpuset: null,
  memsAllowed: null,
  globalOom: false,
  oomMemcg: null,
  taskMemcg: null,
  task: 'java',
  pid: 50624,
  uid: 10000,
  line: 1,
  ...over,
});

describe('memcg-limit', () => {
  it('names the cgroup that hit its limit and says when it is a parent of the task’s own (the pod, 027)', () => {
    const c = constraint({ oomMemcg: '/kubepods/burstable/pod28', taskMemcg: '/kubepods/burstable/pod28/3e5e' });
    expect(findingOf(makeEvent({ kind: 'fragment', constraint: c }), 'memcg-limit')?.params).toMatchObject({
      path: '/kubepods/burstable/pod28',
      taskPath: '/kubepods/burstable/pod28/3e5e',
      level: 'ancestor',
    });
  });
  it('with usage, limit and failcnt from the memory: line', () => {
    const memcg = emptyMemcg(20, {
      path: '/mem2',
      taskPath: '/mem2',
      memory: { usageKb: 980, limitKb: 980, failcnt: 4152239, line: 24 },
    });
    expect(findingOf(makeEvent({ memcg }), 'memcg-limit')?.params).toMatchObject({
      usageKb: 980,
      limitKb: 980,
      pct: 100,
      failcnt: 4152239,
      level: 'same',
    });
  });
});

describe('scope-unknown', () => {
  it('says what is known: the page allocator gave up, so not a cgroup limit (4.14 arm, 007-like)', () => {
    const e = makeEvent({
      trigger: makeTrigger(),
      callTrace: [{ symbol: '__alloc_pages_nodemask+0xff8/0x13a4', unreliable: false, module: null, line: 11 }],
    });
    expect(findingOf(e, 'scope-unknown')).toMatchObject({
      params: { path: 'page-allocator', hasTrigger: 1, hasKill: 0 },
      lines: [1, 11],
    });
  });
});

describe('constraint-unusable-zones', () => {
  it('a mempolicy whose node holds only ZONE_MOVABLE, for a request without __GFP_MOVABLE', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0, nodemask: '1' }),
      zones: [
        makeZone({ node: 0, zone: 'Normal', freeKb: 900000, minKb: 1000, lowmemReserve: [0, 0, 0, 0], line: 30 }),
        makeZone({ node: 1, zone: 'Movable', freeKb: 800000, minKb: 1000, lowmemReserve: [0, 0, 0, 0], line: 32 }),
      ],
    });
    const f = findingOf(
      e,
      'constraint-unusable-zones',
      testFacts({ decodeGfp: () => makeGfp({ targetZone: 'Normal' }) }),
    );
    expect(f?.params).toMatchObject({
      nodes: '1',
      source: 'nodemask',
      targetZone: 'Normal',
      zones: 'Movable',
      freeElsewhereKb: 900000,
    });
    expect(
      findingOf(e, 'constraint-unusable-zones', testFacts({ decodeGfp: () => makeGfp({ targetZone: 'Movable' }) })),
    ).toBeUndefined();
  });
});
