import { describe, expect, it } from 'vitest';
import {
  findingOf,
  makeEvent,
  makeGfp,
  makeTrigger,
  makeVictim,
  testFacts,
} from '../../../test/support/analyzeTesting';
import { runFindings } from './index';
import type { Rule } from './context';

describe('report completeness', () => {
  it('fragment-only fires for fragments only', () => {
    expect(
      findingOf(makeEvent({ kind: 'fragment', complete: false, victim: makeVictim(1) }), 'fragment-only'),
    ).toBeDefined();
    expect(findingOf(makeEvent(), 'fragment-only')).toBeUndefined();
  });
  it('incomplete-report fires for a header without a kill line, not for complete events or fragments', () => {
    const f = findingOf(makeEvent({ complete: false, trigger: makeTrigger() }), 'incomplete-report')!;
    expect(f.detail).toContain('missing the kill line');
    expect(findingOf(makeEvent({ complete: true }), 'incomplete-report')).toBeUndefined();
    expect(findingOf(makeEvent({ kind: 'fragment', complete: false }), 'incomplete-report')).toBeUndefined();
  });
});

describe('gfp-decode-mismatch', () => {
  it('fires when the kernel helper reports a mismatch', () => {
    const facts = testFacts({
      decodeGfp: () => makeGfp({ mismatch: 'The kernel printed "X" but table t decodes "Y".' }),
    });
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ gfpPrinted: 'X' }) }), 'gfp-decode-mismatch', facts)?.detail,
    ).toContain('The kernel printed "X"');
  });
  it('does not fire when the decode matches', () => {
    const facts = testFacts({ decodeGfp: () => makeGfp() });
    expect(findingOf(makeEvent({ trigger: makeTrigger() }), 'gfp-decode-mismatch', facts)).toBeUndefined();
  });
});

describe('runFindings', () => {
  it('orders by severity, then rule order, and survives a throwing rule', () => {
    const info: Rule = () => ({ id: 'a', severity: 'info', title: '', detail: '', lines: [] });
    const boom: Rule = () => {
      throw new Error('x');
    };
    const critical: Rule = () => ({ id: 'b', severity: 'critical', title: '', detail: '', lines: [] });
    const warning: Rule = () => ({ id: 'c', severity: 'warning', title: '', detail: '', lines: [] });
    const ctx = {} as Parameters<Rule>[0];
    expect(runFindings(ctx, [info, boom, critical, warning]).map((f) => f.id)).toEqual(['b', 'c', 'a']);
  });
});
