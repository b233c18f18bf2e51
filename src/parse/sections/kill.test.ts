import { describe, expect, it } from 'vitest';
import {
  echoSourceOf,
  isNoKillable,
  parseKillSelection,
  parsePanic,
  parseReaped,
  parseVictim,
  quotedKillPid,
  quotesKill,
} from './kill';

describe('parseKillSelection', () => {
  it('3.x-5.0 global and memcg selection lines', () => {
    expect(parseKillSelection('Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child', 4)).toEqual({
      message: 'Out of memory',
      pid: 10366,
      comm: 'nginx',
      score: 6,
      line: 4,
    });
    expect(
      parseKillSelection('Memory cgroup out of memory: Kill process 3206 (leaker) score 970 or sacrifice child', 1),
    ).toMatchObject({
      message: 'Memory cgroup out of memory',
      pid: 3206,
      score: 970,
    });
  });

  it('oom_kill_allocating_task and 2.6 `kill process ... or a child`', () => {
    expect(
      parseKillSelection(
        'Out of memory (oom_kill_allocating_task): Kill process 77 (java) score 0 or sacrifice child',
        1,
      )?.message,
    ).toBe('Out of memory (oom_kill_allocating_task)');
    expect(parseKillSelection('Out of memory: kill process 2281 (mysqld) score 312 or a child', 1)).toMatchObject({
      pid: 2281,
      comm: 'mysqld',
      score: 312,
    });
  });

  it('comm with spaces and parentheses', () => {
    expect(
      parseKillSelection('Out of memory: Kill process 6576 (VM Monitoring Task) score 651 or sacrifice child', 1)?.comm,
    ).toBe('VM Monitoring Task');
    expect(parseKillSelection('Out of memory: Kill process 9 (a (b) c) score 1 or sacrifice child', 1)?.comm).toBe(
      'a (b) c',
    );
  });

  it('a line cut after the comm or the score keeps what is there', () => {
    expect(parseKillSelection('Out of memory: Kill process 10366 (nginx) score 6 or sacr', 1)?.score).toBe(6);
    expect(parseKillSelection('Out of memory: Kill process 10366 (nginx)', 1)?.score).toBeNull();
  });

  it('drops leftover prefix junk before the message', () => {
    expect(
      parseKillSelection(
        'VM_0_14_centos kernel: Out of memory: Kill process 19272 (nmap) score 873 or sacrifice child',
        1,
      )?.message,
    ).toBe('Out of memory');
  });

  it('ignores lines that are not a selection', () => {
    expect(parseKillSelection('Kill process 1234 (java) sharing same memory', 1)).toBeNull();
    expect(
      parseKillSelection('Killed process 10366 (nginx) total-vm:84784kB, anon-rss:49156kB, file-rss:520kB', 1),
    ).toBeNull();
    expect(parseKillSelection('Would have killed process 12 (x). But continuing instead.', 1)).toBeNull();
  });
});

describe('parseVictim', () => {
  it('≤2.6.2x: `Out of Memory: Killed process N (comm).` with its period (2.6.9) and after a message (2.6.18)', () => {
    expect(parseVictim('Out of Memory: Killed process 4321 (java).', 3)).toMatchObject({
      message: 'Out of Memory',
      pid: 4321,
      comm: 'java',
      totalVmKb: null,
      line: 3,
    });
    expect(parseVictim('Out of memory: Killed process 77 (a (b) c).', 1)).toMatchObject({ pid: 77, comm: 'a (b) c' });
  });

  it('2.6.32: pid and comm only', () => {
    expect(parseVictim('Killed process 2281 (mysqld)', 3)).toMatchObject({
      message: null,
      pid: 2281,
      comm: 'mysqld',
      totalVmKb: null,
      uid: null,
    });
  });

  it('RHEL6: `, UID N,` before the comm', () => {
    expect(
      parseVictim('Killed process 2281, UID 27, (mysqld) total-vm:2137476kB, anon-rss:1045648kB, file-rss:84kB', 1),
    ).toMatchObject({
      pid: 2281,
      uid: 27,
      comm: 'mysqld',
      totalVmKb: 2137476,
      anonRssKb: 1045648,
      fileRssKb: 84,
      shmemRssKb: null,
    });
  });

  it('2.6.36-4.4: total-vm, anon-rss, file-rss (3.13 seed)', () => {
    expect(
      parseVictim('Killed process 10366 (nginx) total-vm:84784kB, anon-rss:49156kB, file-rss:520kB', 1),
    ).toMatchObject({
      comm: 'nginx',
      totalVmKb: 84784,
      anonRssKb: 49156,
      fileRssKb: 520,
      shmemRssKb: null,
      pgtablesKb: null,
      oomScoreAdj: null,
    });
  });

  it('RHEL7: `, UID N,` after the comm, shmem-rss', () => {
    expect(
      parseVictim(
        'Killed process 1889 (java), UID 1001, total-vm:9512708kB, anon-rss:7369164kB, file-rss:0kB, shmem-rss:0kB',
        1,
      ),
    ).toMatchObject({
      comm: 'java',
      uid: 1001,
      totalVmKb: 9512708,
      shmemRssKb: 0,
    });
  });

  it('4.5-5.3 with and without the message prefix', () => {
    const v = parseVictim(
      'Killed process 19272 (nmap) total-vm:2712848kB, anon-rss:1690624kB, file-rss:0kB, shmem-rss:0kB',
      1,
    );
    expect(v).toMatchObject({ message: null, anonRssKb: 1690624, shmemRssKb: 0, uid: null });
    expect(
      parseVictim(
        'Memory cgroup out of memory: Killed process 2746 (leaker) total-vm:536704kB, anon-rss:521176kB, file-rss:1208kB, shmem-rss:0kB',
        1,
      )?.message,
    ).toBe('Memory cgroup out of memory');
  });

  it('5.4+: UID, pgtables, oom_score_adj', () => {
    const v = parseVictim(
      'Out of memory: Killed process 473206 (doxygen) total-vm:30290680kB, anon-rss:9234320kB, file-rss:4kB, shmem-rss:0kB, UID:504 pgtables:59264kB oom_score_adj:0',
      12,
    );
    expect(v).toEqual({
      message: 'Out of memory',
      pid: 473206,
      comm: 'doxygen',
      totalVmKb: 30290680,
      anonRssKb: 9234320,
      fileRssKb: 4,
      shmemRssKb: 0,
      uid: 504,
      pgtablesKb: 59264,
      oomScoreAdj: 0,
      line: 12,
    });
    expect(
      parseVictim(
        'Out of memory: Killed process 116 (stress-ng-vm) total-vm:10515768kB, anon-rss:7980628kB, file-rss:564kB, shmem-rss:0kB, UID:0 pgtables:15676kB oom_score_adj:1000',
        1,
      )?.oomScoreAdj,
    ).toBe(1000);
  });

  it('6.5 comm with spaces; comm with parentheses', () => {
    const v = parseVictim(
      'Memory cgroup out of memory: Killed process 265856 (Isolated Web Co) total-vm:2682760kB, anon-rss:0kB, file-rss:99584kB, shmem-rss:148kB, UID:1000 pgtables:636kB oom_score_adj:100',
      1,
    );
    expect(v).toMatchObject({ comm: 'Isolated Web Co', shmemRssKb: 148, uid: 1000, oomScoreAdj: 100 });
    expect(parseVictim('Killed process 5 (a) b (c)) total-vm:1kB, anon-rss:2kB, file-rss:3kB', 1)?.comm).toBe(
      'a) b (c)',
    );
    expect(
      parseVictim(
        'Out of memory: Killed process 7 ((sd-pam)) total-vm:1kB, anon-rss:2kB, file-rss:3kB, shmem-rss:0kB, UID:0 pgtables:4kB oom_score_adj:-100',
        1,
      ),
    ).toMatchObject({
      comm: '(sd-pam)',
      oomScoreAdj: -100,
    });
  });

  it('a line cut after any field keeps the complete fields only (seed python3 line)', () => {
    const v = parseVictim('Out of memory: Killed process 1138439 (python3) total-vm:8117956kB, anon-rss:5649844kB,', 1);
    expect(v).toMatchObject({
      pid: 1138439,
      comm: 'python3',
      totalVmKb: 8117956,
      anonRssKb: 5649844,
      fileRssKb: null,
      uid: null,
    });
    const cutInNumber = parseVictim('Out of memory: Killed process 1 (x) total-vm:81kB, anon-rss:56498', 1);
    expect(cutInNumber).toMatchObject({ totalVmKb: 81, anonRssKb: null });
    expect(
      parseVictim(
        'Out of memory: Killed process 1 (x) total-vm:1kB, anon-rss:2kB, file-rss:3kB, shmem-rss:0kB, UID:50',
        1,
      )?.uid,
    ).toBeNull();
    expect(
      parseVictim(
        'Out of memory: Killed process 1 (x) total-vm:1kB, anon-rss:2kB, file-rss:3kB, shmem-rss:0kB, UID:5 pgtab',
        1,
      )?.uid,
    ).toBe(5);
  });

  it('ignores other lines', () => {
    expect(parseVictim('Out of memory: Killed process 1138439 (pyth', 1)).toBeNull();
    expect(
      parseVictim('oom_reaper: reaped process 2746 (leaker), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB', 1),
    ).toBeNull();
    expect(parseVictim('Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child', 1)).toBeNull();
    expect(parseVictim('Would have killed process 12 (x). But continuing instead.', 1)).toBeNull();
  });
});

describe('parseReaped', () => {
  it('4.6+ reaper line', () => {
    expect(
      parseReaped('oom_reaper: reaped process 473206 (doxygen), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB', 8),
    ).toEqual({
      pid: 473206,
      comm: 'doxygen',
      anonRssKb: 0,
      fileRssKb: 0,
      shmemRssKb: 0,
      line: 8,
    });
  });
  it('comm with spaces, cut line, other reaper lines', () => {
    expect(
      parseReaped('oom_reaper: reaped process 6 (VM Monitoring Task), now anon-rss:12kB, file-rss:3', 1),
    ).toMatchObject({
      comm: 'VM Monitoring Task',
      anonRssKb: 12,
      fileRssKb: null,
    });
    expect(parseReaped('oom_reaper: unable to reap pid:2746 (leaker)', 1)).toBeNull();
    expect(parseReaped('oom_reaper: giving up pid:2746 (leaker)', 1)).toBeNull();
  });
});

describe('parsePanic', () => {
  it.each([
    'Kernel panic - not syncing: Out of memory and no killable processes...',
    'Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled',
    'Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled',
    'Out of memory: system-wide panic_on_oom is enabled',
    'Kernel panic - not syncing: System is deadlocked on memory',
    'Kernel panic - not syncing: out of memory. panic_on_oom is selected',
    'Kernel panic - not syncing: out of memory. Compulsory panic_on_oom is selected.',
    'Kernel panic - not syncing: out of memory from page fault. panic_on_oom is selected.',
  ])('matches %s', (s) => expect(parsePanic(s, 3)).toEqual({ message: s, line: 3 }));

  it.each([
    'Kernel panic - not syncing: Fatal exception',
    '---[ end Kernel panic - not syncing: System is deadlocked on memory ]---',
    'Out of memory and no killable processes...', // 4.19+ warning, not a panic
    'Out of memory: Killed process 1 (x) total-vm:1kB',
  ])('rejects %s', (s) => expect(parsePanic(s, 1)).toBeNull());
});

describe('isNoKillable', () => {
  it('4.19+ warning and the older panic', () => {
    expect(isNoKillable('Out of memory and no killable processes...')).toBe(true);
    expect(isNoKillable('Kernel panic - not syncing: Out of memory and no killable processes...')).toBe(true);
    expect(isNoKillable('Out of memory: Kill process 1 (x) score 1 or sacrifice child')).toBe(false);
    expect(isNoKillable('System is deadlocked on memory')).toBe(false);
  });
});

describe('quotesKill: another program repeating a kill in its own text', () => {
  const kill = 'Memory cgroup out of memory: Killed process 183960 (stress-ng-vm) total-vm:299192kB, anon-rss:93176kB';
  it.each([
    // node-problem-detector (001 line 89), containerd/kubelet msg="…", a Kubernetes event, quotes after the fields
    `I1012 19:00:20.884452 3240 log_monitor.go:160] New status generated: &{Reason:OOMKilling Message:${kill}}]`,
    `time="2023-10-12T19:00:20Z" level=info msg="${kill}"`,
    `Warning  OOMKilling  node/aks-1  ${kill}`,
    `message: ${kill}`,
    `Killed process 12 (x) total-vm:1kB" source=kernel`,
  ])('%s', (text) => expect(quotesKill(text)).toBe(true));

  it.each([
    kill,
    'Out of memory: Killed process 4321 (java).',
    'VM_0_14_centos kernel: Out of memory: Kill process 19272 (nmap) score 873 or sacrifice child',
    'Killed process 1 (a "quoted" name) total-vm:1kB',
    'oom_reaper: reaped process 1 (a), now anon-rss:0kB',
  ])('leaves the kernel’s own line alone: %s', (text) => expect(quotesKill(text)).toBe(false));

  it('names the quoted pid and the program when the text says which', () => {
    expect(quotedKillPid(`msg="${kill}"`)).toBe(183960);
    expect(echoSourceOf('Source:kernel-monitor Reason:OOMKilling')).toBe('node-problem-detector');
    expect(echoSourceOf('kubelet.go:1234] "OOM event"')).toBe('kubelet');
    expect(echoSourceOf('some message')).toBeNull();
  });
});
