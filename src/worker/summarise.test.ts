import { describe, expect, it } from 'vitest';
import { fallbackHeadline, toEventSummary, victimOf, worstSeverity } from './summarise';
import { makeAnalysis, makeEvent } from '../../test/support/workerTesting';

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
    const analysis = {
      ...makeAnalysis([{ id: 'memcg-limit', severity: 'warning' }, { id: 'no-swap' }], 'A cgroup hit its limit.'),
      requestKb: 16,
    };
    expect(toEventSummary(event, analysis)).toEqual({
      index: 3,
      kind: 'memcg',
      complete: true,
      firstLine: 5,
      lastLine: 90,
      time: '[  12.5]',
      trigger: { comm: 'java', pid: null },
      victim: { comm: 'mysqld', pid: 42 },
      order: 2,
      requestKb: 16,
      headline: 'A cgroup hit its limit.',
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

  it('falls back to its own headline when the analysis has none', () => {
    const summary = toEventSummary(makeEvent({ trigger, victim: killed }), makeAnalysis([], '  '));
    expect(summary.headline).toBe('global OOM: java asked for memory; mysqld (pid 42) was killed.');
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

describe('fallbackHeadline', () => {
  it('says when there was nothing to kill or the kernel panicked', () => {
    expect(fallbackHeadline(makeEvent({ noKillable: true, kind: 'memcg' }))).toBe(
      'cgroup OOM: a task asked for memory; there was no killable process.',
    );
    expect(fallbackHeadline(makeEvent({ panic: { message: 'x', line: 3 }, kind: 'fragment' }))).toContain(
      'partial OOM report',
    );
  });
});
