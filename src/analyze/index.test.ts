import { describe, expect, it } from 'vitest';
import { analyzeEvent } from './index';
import { makeBuddy, makeEvent, makeKernel, makeTrigger, makeVictim, makeZone } from '../../test/support/model';
import { makeGfp, testFacts } from '../../test/support/analysis';
import type { OomEvent } from '../parse/model';

describe('analyzeEvent', () => {
  it('fills every part for a global event', () => {
    const e = makeEvent({
      kernel: makeKernel('5.10.0'),
      trigger: makeTrigger({ order: 4 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 500, minKb: 100, lowmemReserve: [0, 0, 0, 0] })],
      buddy: [makeBuddy('Normal', [100, 10, 5, 1, 0])],
      victim: makeVictim(7),
    });
    const a = analyzeEvent(e, testFacts({ decodeGfp: () => makeGfp({ targetZone: 'Normal' }) }));
    expect(a.requestKb).toBe(64);
    expect(a.requestPages).toBe(16);
    expect(a.zoneChecks).toHaveLength(1);
    expect(a.fragmentation?.verdict).toBe('fragmented');
    expect(a.shortNodes).toEqual([0]);
    expect(a.accounting).not.toBeNull();
    expect(a.facts).toMatchObject({ scope: 'global', kind: 'global', pageKb: 4, watermark: 'min' });
    expect(a.findings.map((f) => f.id)).toEqual([
      'trigger-is-not-victim',
      'fragmentation',
      'costly-order',
      'no-task-table',
    ]);
  });

  it('never throws: a broken event or broken kernel knowledge still yields an analysis', () => {
    const broken = { ...makeEvent(), zones: null } as unknown as OomEvent;
    const a = analyzeEvent(broken, testFacts());
    expect(a.headline[0].id).toBe('analysis-failed');
    const facts = testFacts({
      decodeGfp: () => {
        throw new Error('bad mask');
      },
      badnessEra: () => {
        throw new Error('bad version');
      },
    });
    expect(() => analyzeEvent(makeEvent({ trigger: makeTrigger() }), facts)).not.toThrow();
    expect(analyzeEvent(makeEvent({ trigger: makeTrigger() }), facts).gfp).toBeNull();
  });

  it('works with the real kernel knowledge (default facts)', () => {
    const e = makeEvent({
      kernel: {
        version: '3.13.0-86-generic',
        build: null,
        cpu: 1,
        pid: 10242,
        uid: null,
        comm: 'nginx',
        tainted: null,
        hardware: null,
        line: 3,
      },
      trigger: makeTrigger({ gfpMask: '0x200da', order: 0 }),
    });
    const a = analyzeEvent(e);
    expect(a.gfp?.printed).toBe('GFP_HIGHUSER_MOVABLE');
    expect(a.gfp?.targetZone).toBe('Movable');
  });
});
