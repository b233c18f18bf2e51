import { describe, expect, it } from 'vitest';
import { toEventSummary, victimOf, worstSeverity } from './summarise';
import { makeEvent } from '../../test/support/model';
import { makeAnalysis } from '../../test/support/analysis';

const trigger = {
  comm: 'java',
  pid: null,
  gfpMask: '0x201da',
  gfpPrinted: null,
  order: 2,
  oomScoreAdj: 0,
  oomAdj: null,
  nodemask: null,
  line: 1,
};
const killed = {
  message: null,
  pid: 42,
  comm: 'mysqld',
  totalVmKb: 1,
  anonRssKb: 1,
  fileRssKb: 0,
  shmemRssKb: 0,
  uid: null,
  pgtablesKb: null,
  oomScoreAdj: 0,
  line: 9,
};

describe('toEventSummary', () => {
  it('maps trigger, victim, order, lines and findings', () => {
    const event = makeEvent({
      index: 3,
      firstLine: 5,
      lastLine: 90,
      time: '[  12.5]',
      trigger,
      victim: killed,
      kind: 'memcg',
    });
    const headline = [{ id: 'memcg', params: { path: '/x' } }];
    const base = makeAnalysis([{ id: 'memcg-limit', severity: 'warning' }, { id: 'no-swap' }], headline);
    const analysis = {
      ...base,
      requestKb: 16,
      facts: { ...base.facts, kind: 'memcg' as const, scope: 'memcg' as const },
    };
    expect(toEventSummary(event, analysis)).toEqual({
      index: 3,
      kind: 'memcg',
      scope: 'memcg',
      complete: true,
      firstLine: 5,
      lastLine: 90,
      time: '[  12.5]',
      trigger: { comm: 'java', pid: null },
      victim: { comm: 'mysqld', pid: 42 },
      order: 2,
      requestKb: 16,
      headline,
      worstSeverity: 'warning',
      findingIds: ['memcg-limit', 'no-swap'],
    });
  });

  it('takes the trigger pid from the CPU/PID line when the trigger line has none', () => {
    const kernel = {
      version: '5.4.0',
      build: null,
      cpu: 1,
      pid: 777,
      uid: null,
      comm: 'java',
      tainted: null,
      hardware: null,
      line: 2,
    };
    expect(toEventSummary(makeEvent({ trigger, kernel }), makeAnalysis()).trigger).toEqual({ comm: 'java', pid: 777 });
  });
});

describe('victimOf', () => {
  it('prefers Killed process, then the selection line, then the oom-kill constraint', () => {
    const selection = { message: '', pid: 7, comm: 'sel', score: 900, line: 4 };
    const constraint = {
      constraint: 'CONSTRAINT_NONE',
      nodemask: null,
      cpuset: null,
      memsAllowed: null,
      globalOom: true,
      oomMemcg: null,
      taskMemcg: null,
      task: 'con',
      pid: 8,
      uid: 0,
      line: 5,
    };
    expect(victimOf(makeEvent({ victim: killed, selection, constraint }))).toEqual({ comm: 'mysqld', pid: 42 });
    expect(victimOf(makeEvent({ selection, constraint }))).toEqual({ comm: 'sel', pid: 7 });
    expect(victimOf(makeEvent({ constraint }))).toEqual({ comm: 'con', pid: 8 });
    expect(victimOf(makeEvent())).toBeNull();
  });
});

describe('worstSeverity', () => {
  it('ranks critical over warning over info and is null without findings', () => {
    expect(worstSeverity(makeAnalysis([{ severity: 'info' }, { severity: 'critical' }, { severity: 'warning' }]))).toBe(
      'critical',
    );
    expect(worstSeverity(makeAnalysis([{ severity: 'info' }]))).toBe('info');
    expect(worstSeverity(makeAnalysis())).toBeNull();
  });
});
