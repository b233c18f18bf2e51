/** Table picking from a release, from distribution tags, and from the report's shape alone. */
import { describe, expect, it } from 'vitest';
import { decodeGfpForEvent } from './index';
import { pickGfpTable, plausibility } from './pick';
import { tableById } from './gfp/tables';
import { inferVersionWindow } from './shape';
import { makeEvent, makeTrigger, makeKernel, makeConstraint } from '../../test/support/model';
import { keyOf } from './version';

describe('pickGfpTable from a release', () => {
  it.each([
    ['2.6.32-754.el6.x86_64', 'rhel6-2.6.32', 'exact'],
    ['2.6.32.69', '2.6.31-2.6.37', 'exact'],
    ['3.0.101-63-default', '2.6.38-3.7', 'likely'],
    ['3.10.0-1160.el7.x86_64', 'rhel7-3.10.0', 'exact'],
    ['3.10.99', '3.8-3.14', 'exact'],
    ['3.13.0-86-generic', '3.8-3.14', 'exact'],
    ['4.2.0-42-generic', '4.1-4.3', 'likely'],
    ['3.19.8', '3.15-4.0', 'exact'],
    ['4.4.0-210-generic', '4.4', 'exact'],
    ['4.18.0-147.el8.x86_64', '4.18-5.0', 'exact'],
    ['4.18.0-553.el8_10.x86_64', '4.18-5.0', 'likely'],
    ['5.14.0-427.el9.x86_64', '5.14-5.17', 'likely'],
    ['5.16.0', '5.14-5.17', 'likely'],
    ['5.15.158-2-pve', '5.14-5.17', 'exact'],
    ['6.2.0-39-generic', '5.18-6.2', 'likely'],
    ['6.11.0-10669-g11a299a7933e-dirty', '6.8-6.12', 'likely'],
    ['6.12.5', '6.8-6.12', 'exact'],
    ['6.13.7', '6.13-6.19', 'exact'],
    ['7.1.0', '6.13-6.19', 'guess'],
  ])('%s → %s (%s)', (release, table, confidence) => {
    const pick = pickGfpTable(release);
    expect(pick).toMatchObject({ tableId: table, confidence, fromVersion: release });
    expect(pick.reason).toContain(release);
  });
  it('takes the release from the event when none is given', () => {
    expect(pickGfpTable(null, makeEvent({ kernel: makeKernel('4.4.0-210-generic') })).tableId).toBe('4.4');
  });
});

describe('pickGfpTable from the report shape', () => {
  it('printed names ⇒ 4.6+, and the table must reproduce them', () => {
    const e = makeEvent({ trigger: makeTrigger({ gfpMask: '0x6200ca', gfpPrinted: 'GFP_HIGHUSER_MOVABLE' }) });
    const pick = pickGfpTable(null, e);
    expect(pick).toMatchObject({ tableId: '4.18-5.0', confidence: 'likely', fromVersion: null });
    expect(pick.reason).toMatch(/4\.6\+/);
  });
  it('hex only + nr_ptes task table ⇒ 3.x, and 0x201da is plausible only with __GFP_WAIT tables', () => {
    const e = makeEvent({
      trigger: makeTrigger({ gfpMask: '0x201da' }),
      tasks: {
        columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'nr_ptes', 'swapents', 'oom_score_adj', 'name'],
        headerLine: 5,
        tasks: [],
        elided: false,
      },
    });
    const pick = pickGfpTable(null, e);
    expect(pick.tableId).toMatch(/^(2\.6\.38-3\.7|3\.8-3\.14|3\.15-4\.0)$/);
    expect(pick.confidence).toBe('guess');
    expect(pick.reason).toMatch(/nr_ptes/);
  });
  it('hex only (≤4.5): the mask picks an era where it could reclaim', () => {
    const pick = pickGfpTable(null, makeEvent({ trigger: makeTrigger({ gfpMask: '0x201da' }) }));
    expect(pick.tableId).toBe('4.1-4.3');
    expect(pick.reason).toMatch(/≤4\.5/);
    const split = pickGfpTable(null, makeEvent({ trigger: makeTrigger({ gfpMask: '0x24201ca' }) }));
    expect(split.tableId).toBe('4.5');
  });
  it('plausibility: 0xcc0 can reclaim on 5.x (GFP_KERNEL) but not on 3.x (NOFAIL|REPEAT|FS|IO)', () => {
    const t5 = tableById('5.1-5.13');
    const t3 = tableById('3.8-3.14');
    if (!t5 || !t3) throw new Error('tables missing');
    expect(plausibility(0xcc0, t5, 0)).toBeGreaterThan(plausibility(0xcc0, t3, 0));
    expect(plausibility(0x0, t5, -1)).toBeGreaterThanOrEqual(4);
  });
  it('printed names with no version: a 5.1+ table reproducing GFP_KERNEL', () => {
    const pick = pickGfpTable(
      null,
      makeEvent({ trigger: makeTrigger({ gfpMask: '0xcc0', gfpPrinted: 'GFP_KERNEL' }) }),
    );
    expect(pick.tableId).toMatch(/^(5|6)\./);
  });
  it('window: constraint line + pgtables_bytes ⇒ 5.0–6.7', () => {
    const e = makeEvent({
      constraint: makeConstraint({ line: 9 }),
      tasks: {
        columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'pgtables_bytes', 'swapents', 'oom_score_adj', 'name'],
        headerLine: 5,
        tasks: [],
        elided: false,
      },
    });
    const w = inferVersionWindow(e);
    expect(w.lo).toBe(keyOf('5.0'));
    expect(w.hi).toBeLessThan(keyOf('6.8'));
  });
  it('buddy letter order tells 3.8–4.3 (UEM) from 4.4+ (UME)', () => {
    const buddy = (letters: string) => ({
      node: 0,
      zone: 'Normal',
      freeBlocks: [1],
      blockKb: [4],
      migrateTypes: [letters],
      totalKb: 4,
      line: 3,
    });
    expect(inferVersionWindow(makeEvent({ buddy: [buddy('UEM')] })).hi).toBeLessThan(keyOf('4.4'));
    expect(inferVersionWindow(makeEvent({ buddy: [buddy('UME')] })).lo).toBe(keyOf('4.4'));
  });
  it('a contradicting weaker clue is ignored, and said so', () => {
    const e = makeEvent({
      trigger: makeTrigger({ gfpMask: '0xcc0', gfpPrinted: 'GFP_KERNEL' }),
      selection: { message: 'Out of memory', pid: 1, comm: 'x', score: 900, line: 4 },
      constraint: {
        constraint: '',
        nodemask: null,
        cpuset: null,
        memsAllowed: null,
        globalOom: true,
        oomMemcg: null,
        taskMemcg: null,
        task: null,
        pid: null,
        uid: null,
        line: 5,
      },
      kernel: { version: null, build: null, cpu: 0, pid: 1, uid: 0, comm: 'x', tainted: null, hardware: null, line: 2 },
    });
    const w = inferVersionWindow(e);
    expect(w.ignored.length).toBeGreaterThan(0);
  });
});

describe('decodeGfpForEvent', () => {
  it('returns null without a mask', () => {
    expect(decodeGfpForEvent(makeEvent())).toBeNull();
  });
  it('leaves mismatch null when the decode equals what the kernel printed', () => {
    const e = makeEvent({
      kernel: makeKernel('6.1.1-arch1-1'),
      trigger: makeTrigger({ gfpMask: '0x140dca', gfpPrinted: 'GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO' }),
    });
    expect(decodeGfpForEvent(e)?.mismatch).toBeNull();
  });
  it('accepts the printed names with their parentheses', () => {
    const e = makeEvent({ kernel: makeKernel('5.10.0'), trigger: makeTrigger({ gfpMask: '0x0', gfpPrinted: '()' }) });
    expect(decodeGfpForEvent(e)?.mismatch).toBeNull();
  });
  it('sets mismatch and names the table that reproduces the kernel text', () => {
    // a 6.13-order print on a kernel that claims 6.11: a distribution backport would look like this
    const e = makeEvent({
      kernel: makeKernel('6.11.0'),
      trigger: makeTrigger({ gfpMask: '0x440dc0', gfpPrinted: 'GFP_KERNEL_ACCOUNT|__GFP_ZERO|__GFP_COMP' }),
    });
    const d = decodeGfpForEvent(e);
    expect(d?.mismatch).toMatch(/6\.8-6\.12/);
    expect(d?.mismatch).toMatch(/Table 6\.13-6\.19 reproduces it/);
  });
  it('says when no table reproduces the printed text', () => {
    const e = makeEvent({
      kernel: makeKernel('5.10.0'),
      trigger: makeTrigger({ gfpMask: '0xcc0', gfpPrinted: 'GFP_SOMETHING' }),
    });
    expect(decodeGfpForEvent(e)?.mismatch).toMatch(/No table reproduces it/);
  });
});

describe('RHEL7 recognised by shape', () => {
  it('free_pcp (4.1+) in a 3.x-only report is the RHEL7 backport', () => {
    const zone = {
      node: 0,
      zone: 'Normal',
      freeKb: 1,
      minKb: 1,
      lowKb: 1,
      highKb: 1,
      managedKb: 1,
      presentKb: 1,
      boostKb: null,
      reservedHighatomicKb: null,
      fieldsKb: { free_pcp: 4, managed: 1 },
      allUnreclaimable: false,
      lowmemReserve: [],
      line: 7,
      reserveLine: null,
    };
    const e = makeEvent({
      trigger: makeTrigger({ gfpMask: '0x1000d0' }),
      zones: [zone],
      tasks: {
        columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'nr_ptes', 'swapents', 'oom_score_adj', 'name'],
        headerLine: 5,
        tasks: [],
        elided: false,
      },
    });
    const pick = pickGfpTable(null, e);
    expect(pick).toMatchObject({ tableId: 'rhel7-3.10.0', confidence: 'likely' });
    expect(decodeGfpForEvent(e)?.printed).toBe('GFP_KERNEL_ACCOUNT');
  });
});

describe('printed names outrank format clues', () => {
  it('a RHEL8-like report (5.1-style kill prefix, 4.18 gfp layout) still gets the 4.18 table', () => {
    const e = makeEvent({
      trigger: makeTrigger({ gfpMask: '0x6200ca', gfpPrinted: 'GFP_HIGHUSER_MOVABLE' }),
      victim: {
        message: 'Out of memory',
        pid: 2,
        comm: 'y',
        totalVmKb: 1,
        anonRssKb: 1,
        fileRssKb: 0,
        shmemRssKb: 0,
        uid: null,
        pgtablesKb: null,
        oomScoreAdj: null,
        line: 9,
      },
      constraint: makeConstraint({ line: 8 }),
    });
    const pick = pickGfpTable(null, e);
    expect(pick.tableId).toBe('4.18-5.0');
    expect(pick.reason).toMatch(/outside the shape window/);
    expect(decodeGfpForEvent(e)?.mismatch).toBeNull();
  });
});
