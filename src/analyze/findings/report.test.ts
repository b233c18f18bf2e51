import { describe, expect, it } from 'vitest';
import { makeEvent, makeKernel, makeTrigger, makeVictim } from '../../../test/support/model';
import { findingOf, makeGfp, testFacts } from '../../../test/support/analysis';

describe('report findings', () => {
  it('fragment-only says what the fragment proves', () => {
    const f = findingOf(
      makeEvent({ kind: 'fragment', victim: { ...makeVictim(7), message: 'Out of memory' } }),
      'fragment-only',
    );
    expect(f?.params).toEqual({ scope: 'global', hasKill: 1 });
  });
  it('incomplete-report; kernel-bug-during-oom from the parser’s kernelBugs', () => {
    expect(findingOf(makeEvent({ trigger: makeTrigger(), complete: false }), 'incomplete-report')?.params).toEqual({
      missingKill: 1,
      missingHeader: 0,
      cut: 0,
    });
    const bug = {
      kind: 'oops' as const,
      message: 'Unable to handle kernel NULL pointer dereference',
      function: 'queue_oom_reaper',
      line: 6,
    };
    expect(findingOf(makeEvent({ kernelBugs: [bug] }), 'kernel-bug-during-oom')).toMatchObject({
      severity: 'critical',
      params: { kind: 'oops', function: 'queue_oom_reaper', count: 1 },
      lines: [6],
    });
  });
  it('on a pre-release kernel the printed names win and unnamed bits are said; elsewhere a mismatch is a warning', () => {
    const gfp = makeGfp({
      mask: '0x27000c0',
      printed: 'GFP_KERNEL|__GFP_NOACCOUNT|__GFP_NOTRACK',
      flags: [
        { name: '__GFP_NOACCOUNT', value: '0x100000', composite: false, meaning: '', members: ['__GFP_NOACCOUNT'] },
      ],
      mismatch: 'differs',
    });
    const e = makeEvent({
      kernel: makeKernel('4.4.0-rc6-next-20151222'),
      trigger: makeTrigger({ gfpMask: '0x27000c0', gfpPrinted: '(GFP_KERNEL|GFP_NOTRACK|0x100000)' }),
    });
    const facts = testFacts({ decodeGfp: () => gfp });
    expect(findingOf(e, 'gfp-prerelease', facts)?.params).toMatchObject({
      unnamed: '0x100000',
      ourNames: '__GFP_NOACCOUNT',
      differs: 1,
    });
    expect(findingOf(e, 'gfp-decode-mismatch', facts)).toBeUndefined();
    expect(findingOf({ ...e, kernel: makeKernel('4.4.0-21-generic') }, 'gfp-decode-mismatch', facts)).toBeDefined();
  });
});
