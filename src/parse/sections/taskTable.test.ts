import { describe, expect, it } from 'vitest';
import { cutMarkOf, isElision, isTaskBanner, parseTaskHeader, parseTaskRow } from './taskTable';

// Headers exactly as each era printed them (docs/kernel/oom-report.md §6).
const H_2632 = '[ pid ]   uid  tgid total_vm      rss cpu oom_adj name';
const H_EL6 = '[ pid ]   uid  tgid total_vm      rss cpu oom_adj oom_score_adj name';
const H_EL7 = '[ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name';
const H_44 = '[ pid ]   uid  tgid total_vm      rss nr_ptes nr_pmds swapents oom_score_adj name';
const H_EL8 = '[ pid ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name';
const H_419 = '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name';
const H_68 =
  '[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name';

describe('parseTaskHeader', () => {
  it('reads every era into column ids', () => {
    expect(parseTaskHeader(H_2632)).toEqual(['pid', 'uid', 'tgid', 'total_vm', 'rss', 'cpu', 'oom_adj', 'name']);
    expect(parseTaskHeader(H_EL6)).toEqual([
      'pid',
      'uid',
      'tgid',
      'total_vm',
      'rss',
      'cpu',
      'oom_adj',
      'oom_score_adj',
      'name',
    ]);
    expect(parseTaskHeader(H_EL7)).toEqual([
      'pid',
      'uid',
      'tgid',
      'total_vm',
      'rss',
      'nr_ptes',
      'swapents',
      'oom_score_adj',
      'name',
    ]);
    expect(parseTaskHeader(H_44)).toEqual([
      'pid',
      'uid',
      'tgid',
      'total_vm',
      'rss',
      'nr_ptes',
      'nr_pmds',
      'swapents',
      'oom_score_adj',
      'name',
    ]);
    expect(parseTaskHeader(H_EL8)).toEqual([
      'pid',
      'uid',
      'tgid',
      'total_vm',
      'rss',
      'pgtables_bytes',
      'swapents',
      'oom_score_adj',
      'name',
    ]);
    expect(parseTaskHeader(H_419)).toEqual(parseTaskHeader(H_EL8));
    expect(parseTaskHeader(H_68)).toEqual([
      'pid',
      'uid',
      'tgid',
      'total_vm',
      'rss',
      'rss_anon',
      'rss_file',
      'rss_shmem',
      'pgtables_bytes',
      'swapents',
      'oom_score_adj',
      'name',
    ]);
  });

  it('keeps an unknown future column so rows still align', () => {
    const c = parseTaskHeader('[  pid  ]   uid  tgid total_vm      rss new_col swapents oom_score_adj name') ?? [];
    expect(c).toContain('new_col');
    const t = parseTaskRow('[     42]     0    42      100       10        7        0             0 x y', c, 1);
    expect(t).toMatchObject({ totalVmPages: 100, rssPages: 10, swapEntries: 0, name: 'x y' });
  });

  it('tolerates pasted whitespace', () => {
    expect(parseTaskHeader(`  ${H_EL7}   `)?.length).toBe(9);
  });

  it('rejects rows, banners and unrelated bracketed lines', () => {
    expect(parseTaskHeader('[  355]     0   355     4868       66      13        0             0 upstart')).toBeNull();
    expect(parseTaskHeader('Tasks state (memory values in pages):')).toBeNull();
    expect(parseTaskHeader('[ pid ] something else')).toBeNull();
    expect(parseTaskHeader('[ pid ]   uid  tgid total_vm      rss nr_ptes swapents')).toBeNull(); // cut: no name
  });
});

describe('isTaskBanner', () => {
  it('matches the 4.19+ banner only', () => {
    expect(isTaskBanner('Tasks state (memory values in pages):')).toBe(true);
    expect(isTaskBanner(' Tasks state (memory values in pages):  ')).toBe(true);
    expect(isTaskBanner('Tasks in /x are going to be killed due to memory.oom.group set')).toBe(false);
    expect(isTaskBanner(H_419)).toBe(false);
  });
});

const cols = (h: string): string[] => parseTaskHeader(h) ?? [];

describe('parseTaskRow', () => {
  it('2.6.32: cpu and oom_adj, oomScoreAdj left at 0', () => {
    const t = parseTaskRow('[ 1234]     0  1234    12345     6789   1     -17 sshd', cols(H_2632), 7);
    expect(t).toMatchObject({ pid: 1234, uid: 0, tgid: 1234, totalVmPages: 12345, rssPages: 6789 });
    expect(t).toMatchObject({
      cpu: 1,
      oomAdj: -17,
      oomScoreAdj: 0,
      nrPtes: null,
      swapEntries: null,
      name: 'sshd',
      line: 7,
    });
  });

  it('RHEL6: cpu, oom_adj and oom_score_adj', () => {
    const t = parseTaskRow('[  773]     0   773     2747      140   3     -17         -1000 udevd', cols(H_EL6), 1);
    expect(t).toMatchObject({ cpu: 3, oomAdj: -17, oomScoreAdj: -1000, name: 'udevd' });
  });

  it('3.13 seed row and RHEL7 name with spaces', () => {
    const t = parseTaskRow(
      '[  361]     0   361    12881      145      28        0         -1000 systemd-udevd',
      cols(H_EL7),
      2,
    );
    expect(t).toMatchObject({
      pid: 361,
      totalVmPages: 12881,
      rssPages: 145,
      nrPtes: 28,
      swapEntries: 0,
      oomScoreAdj: -1000,
    });
    const s = parseTaskRow(
      '[ 6576] 12345  6576  8478546  5157063   15483  1527848             0 VM Monitoring Task',
      cols(H_EL7),
      3,
    );
    expect(s).toMatchObject({ uid: 12345, rssPages: 5157063, swapEntries: 1527848, name: 'VM Monitoring Task' });
  });

  it('4.4: nr_ptes and nr_pmds', () => {
    const t = parseTaskRow(
      '[  512]     0   512    11293      602      24       3        0         -1000 systemd-udevd',
      cols(H_44),
      1,
    );
    expect(t).toMatchObject({ nrPtes: 24, nrPmds: 3, swapEntries: 0, pgtablesBytes: null });
  });

  it('5.x/6.5: pgtables_bytes in bytes, 7-wide pid, names with dots and spaces', () => {
    const c = cols(H_419);
    const t = parseTaskRow(
      '[ 265606]  1000 265606  1199236    62118  4153344    98752           100 .thunderbird-wr',
      c,
      9,
    );
    expect(t).toMatchObject({
      pid: 265606,
      pgtablesBytes: 4153344,
      swapEntries: 98752,
      oomScoreAdj: 100,
      name: '.thunderbird-wr',
    });
    expect(
      parseTaskRow('[ 265856]  1000 265856   670690    24933   651264     4224           100 Isolated Web Co', c, 1)
        ?.name,
    ).toBe('Isolated Web Co');
  });

  it('6.8+: rss split into anon/file/shmem', () => {
    const t = parseTaskRow(
      '[    114]     0   114     7500     4676       96      452      4128    90112        0         -1000 stress-ng',
      cols(H_68),
      4,
    );
    expect(t).toMatchObject({
      rssPages: 4676,
      rssAnonPages: 96,
      rssFilePages: 452,
      rssShmemPages: 4128,
      pgtablesBytes: 90112,
    });
    expect(t?.oomScoreAdj).toBe(-1000);
  });

  it('names with brackets, colons and parentheses', () => {
    const c = cols(H_419);
    expect(
      parseTaskRow('[   1101]     0  1101    44172      120   102400        0             0 [kworker/0:1]', c, 1)?.name,
    ).toBe('[kworker/0:1]');
    expect(
      parseTaskRow('[  19691]   504 19691    42446      630    98304        0             0 (sd-pam)', c, 1)?.name,
    ).toBe('(sd-pam)');
    expect(
      parseTaskRow('[    900]     0   900     1000       10    40960        0             0 kworker/u8:2', c, 1)?.name,
    ).toBe('kworker/u8:2');
    expect(
      parseTaskRow('[    901]     0   901     1000       10    40960        0             0 1password', c, 1)?.name,
    ).toBe('1password');
  });

  it('values wider than their printf width still parse (one literal space remains)', () => {
    const t = parseTaskRow('[1234567] 65534 1234567 123456789 98765432 123456789 12345678 -1000 big', cols(H_419), 1);
    expect(t).toMatchObject({
      pid: 1234567,
      uid: 65534,
      totalVmPages: 123456789,
      rssPages: 98765432,
      oomScoreAdj: -1000,
      name: 'big',
    });
  });

  it('damaged rows: missing space after ], trailing spaces, empty or cut names', () => {
    const c = cols(H_EL7);
    expect(parseTaskRow('[19272]0 19272   678212   422656    1329        0             0 nmap', c, 1)?.pid).toBe(19272);
    expect(
      parseTaskRow('[  562]     0   562     5855       79      15        0             0 rpcbind     ', c, 1)?.name,
    ).toBe('rpcbind');
    expect(parseTaskRow('[  562]     0   562     5855       79      15        0             0', c, 1)?.name).toBe('');
    expect(
      parseTaskRow('[  499]     0   499     3814       60      13        0             0 upstart-socket-', c, 1)?.name,
    ).toBe('upstart-socket-');
  });

  it('rejects rows cut inside the numbers, misaligned rows and non-rows', () => {
    expect(parseTaskRow('[  9]     0     9     1000       10   0     -18 x', cols(H_2632), 1)).toBeNull(); // oom_adj < -17
    const c = cols(H_EL7);
    expect(parseTaskRow('[  562]     0   562     5855       79      15', c, 1)).toBeNull();
    expect(parseTaskRow('[  562]     0   562     5855       79      15        0      ', c, 1)).toBeNull();
    // a 4.19 row (pgtables_bytes in the nr_ptes slot) read with the 2.6.32 header: oom_adj out of range
    expect(
      parseTaskRow('[ 1008]   504  1008     2238        1    49152      387             0 bash', cols(H_2632), 1),
    ).toBeNull();
    expect(parseTaskRow('[  30.745824] Tasks state (memory values in pages):', c, 1)).toBeNull();
    expect(parseTaskRow('...(此处有省略)', c, 1)).toBeNull();
    expect(
      parseTaskRow('[ 1]     0     1     100      10       1        0             0 init', ['uid', 'name'], 1),
    ).toBeNull();
  });
});

describe('cutMarkOf', () => {
  it('tells an elision from grep’s `--` between its matches', () => {
    expect(cutMarkOf('...')).toBe('elision');
    expect(cutMarkOf('<snip>')).toBe('elision');
    expect(cutMarkOf('--')).toBe('gap');
    expect(cutMarkOf(' -- ')).toBe('gap');
    expect(cutMarkOf('---')).toBeNull();
    expect(cutMarkOf('-- snip --')).toBe('elision');
  });
});

describe('isElision', () => {
  it.each(['...', '…', '...(此处有省略)', '[...]', '[ ... ]', '<snip>', '[snip]', '-- snip --', '  ...  ', '.....'])(
    'recognises %s',
    (s) => expect(isElision(s)).toBe(true),
  );
  it.each([
    '[  355]     0   355     4868       66      13        0             0 upstart-udev-br',
    '[ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name',
    'Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child',
    '',
    '..',
  ])('rejects %s', (s) => expect(isElision(s)).toBe(false));
});
