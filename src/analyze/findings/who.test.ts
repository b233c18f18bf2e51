import { describe, expect, it } from 'vitest';
import {
  emptyMemcg,
  makeEvent,
  makeKernel,
  makeTable,
  makeTask,
  makeTrigger,
  makeVictim,
} from '../../../test/support/model';
import { eraRule, findingOf, testFacts } from '../../../test/support/analysis';

describe('trigger-is-not-victim', () => {
  it('fires when another process asked, naming both, with the kind of invoker', () => {
    const f = findingOf(
      makeEvent({ trigger: makeTrigger({ comm: 'sed', pid: 29481 }), victim: makeVictim(6576, 'mysqld', 90) }),
      'trigger-is-not-victim',
    );
    expect(f?.params).toMatchObject({
      comm: 'sed',
      pid: 29481,
      invoker: 'process',
      victimComm: 'mysqld',
      victimPid: 6576,
    });
    expect(f?.lines).toEqual([1, 90]);
    const k = findingOf(
      makeEvent({ trigger: makeTrigger({ comm: 'kthreadd', pid: 2 }), victim: makeVictim(7) }),
      'trigger-is-not-victim',
    );
    expect(k?.params.invoker).toBe('kernel-thread');
  });
  it('never for a thread of the victim, SysRq or kswapd', () => {
    const thread = makeEvent({
      trigger: makeTrigger({ comm: 'main', pid: 11345 }),
      tasks: makeTable([makeTask({ pid: 11344, name: 'main' })]),
      victim: makeVictim(11344, 'main'),
    });
    expect(findingOf(thread, 'trigger-is-not-victim')).toBeUndefined();
    expect(findingOf(thread, 'trigger-thread-of-victim')?.params).toEqual({
      threadPid: 11345,
      victimPid: 11344,
      comm: 'main',
      proven: 1,
    });
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ order: -1 }), victim: makeVictim(7) }), 'trigger-is-not-victim'),
    ).toBeUndefined();
  });
});

describe('kswapd-invoker', () => {
  it('fires when kswapd invoked the killer from balance_pgdat (a vendor kernel)', () => {
    const e = makeEvent({
      kernel: makeKernel('6.9.8-orbstack-00170-g7b4100b7ced4'),
      trigger: makeTrigger({ comm: 'kswapd0', pid: 111 }),
      callTrace: [{ symbol: 'balance_pgdat+0x424/0x908', unreliable: false, module: null, line: 13 }],
      victim: makeVictim(5071, 'a.out'),
    });
    expect(findingOf(e, 'kswapd-invoker')?.params).toEqual({
      comm: 'kswapd0',
      pid: 111,
      kernel: '6.9.8-orbstack-00170-g7b4100b7ced4',
    });
    expect(findingOf(e, 'trigger-is-not-victim')).toBeUndefined();
  });
});

describe('sacrificed-child and selected-thread-of-victim', () => {
  const sel = { message: 'Memory cgroup out of memory', pid: 76756, comm: 'java', score: 1001, line: 21 };
  it('a selected pid that is a thread of the killed process is not a sacrificed child', () => {
    const e = makeEvent({
      tasks: makeTable([makeTask({ pid: 76513, name: 'java' })]),
      selection: sel,
      victim: makeVictim(76513, 'java', 22),
    });
    expect(findingOf(e, 'sacrificed-child')).toBeUndefined();
    expect(findingOf(e, 'selected-thread-of-victim')?.params).toEqual({
      selectedPid: 76756,
      victimPid: 76513,
      comm: 'java',
    });
  });
  it('a selected process with its own row and another killed pid is a sacrificed child', () => {
    const e = makeEvent({
      tasks: makeTable([makeTask({ pid: 76756, name: 'java' }), makeTask({ pid: 76800, name: 'helper' })]),
      selection: sel,
      victim: makeVictim(76800, 'helper', 22),
    });
    expect(findingOf(e, 'sacrificed-child')?.params).toMatchObject({
      selectedPid: 76756,
      victimPid: 76800,
      score: 1001,
    });
  });
});

describe('printed-score', () => {
  it('says what reproducing the score took (no root bonus), and is silent when the rule reproduces it as is', () => {
    const memcg = emptyMemcg(21, { memory: { usageKb: 204800, limitKb: 204800, failcnt: 4563, line: 22 } });
    const base = {
      kind: 'memcg' as const,
      memcg,
      tasks: makeTable([
        makeTask({ pid: 11344, uid: 0, rssPages: 46185, nrPtes: 113, nrPmds: 5, swapEntries: 0, name: 'main' }),
      ]),
      victim: makeVictim(11344, 'main', 35),
    };
    const facts = testFacts({
      badnessEra: () =>
        eraRule({ id: 'pages-4.0', rootBonusPercent: 3, rootBonusOf: 'points', printedScore: 'per-mille' }),
    });
    const printed = (score: number) =>
      findingOf(
        makeEvent({
          ...base,
          selection: { message: 'Memory cgroup out of memory', pid: 11344, comm: 'main', score, line: 34 },
        }),
        'printed-score',
        facts,
      );
    expect(printed(904)?.items).toEqual([{ adjustment: 'no-root-bonus', uid: 0, impliedSwapKb: null }]);
    expect(printed(877)).toBeUndefined(); // the era's rule with the bonus: nothing to say
    expect(printed(700)?.params.match).toBe('differs');
  });
});
