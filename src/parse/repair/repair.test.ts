import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogLine } from '../model';
import { createRepairer, findMergeSplits } from './repair';

function repair(lines: string[], time: string | null = null, uptime: number | null = null) {
  const out: LogLine[] = [];
  const r = createRepairer((l) => out.push(l));
  lines.forEach((text, i) => r.feed(i + 1, text, time, uptime));
  r.end();
  return { out, texts: out.map((l) => l.text), numbers: out.map((l) => l.line), diagnostics: r.diagnostics() };
}

describe('escaped line feeds', () => {
  it('splits rsyslog #012 into logical lines that keep the physical line number', () => {
    const r = repair([
      'Mem-Info:',
      'active_anon:7355653 inactive_anon:660960 isolated_anon:0#012 active_file:1263 inactive_file:1167#012 free:39513 free_pcp:2958',
      'Node 0 DMA free:15872kB',
    ]);
    expect(r.texts).toEqual([
      'Mem-Info:',
      'active_anon:7355653 inactive_anon:660960 isolated_anon:0',
      'active_file:1263 inactive_file:1167',
      'free:39513 free_pcp:2958',
      'Node 0 DMA free:15872kB',
    ]);
    expect(r.numbers).toEqual([1, 2, 2, 2, 3]);
    expect(r.diagnostics).toEqual([{ line: 2, severity: 'info', message: expect.stringContaining('#012') as string }]);
  });

  it('turns #011 into a tab and splits journald \\x0a escapes', () => {
    expect(repair(['a#011b']).texts).toEqual(['a\tb']);
    expect(repair(['Memory cgroup stats for /a:\\x0aanon 12\\x0afile 34']).texts).toEqual([
      'Memory cgroup stats for /a:',
      'anon 12',
      'file 34',
    ]);
  });

  it('keeps the time of the physical line on every piece', () => {
    const r = repair(['a#012b'], 'Nov 22 11:09:03', 5.5);
    expect(r.out.map((l) => [l.time, l.uptime])).toEqual([
      ['Nov 22 11:09:03', 5.5],
      ['Nov 22 11:09:03', 5.5],
    ]);
  });

  it('does not split a kernel build tag that happens to read #012', () => {
    const line = 'CPU: 1 PID: 5 Comm: a Not tainted 4.4.0-21-generic #012-Ubuntu';
    expect(repair([line]).texts).toEqual([line]);
  });
});

describe('merged records', () => {
  it('splits the design document sample at the second buddy row', () => {
    const r = repair([
      'Node 0 DMA: 1*4kB (U) 0*8kB 3*4096kB (M) = 15908kB Node 0 DMA32: 1101*4kB (UE) 745*8kB (UEM) = 48524kB',
    ]);
    expect(r.texts).toEqual([
      'Node 0 DMA: 1*4kB (U) 0*8kB 3*4096kB (M) = 15908kB',
      'Node 0 DMA32: 1101*4kB (UE) 745*8kB (UEM) = 48524kB',
    ]);
    expect(r.numbers).toEqual([1, 1]);
    expect(r.diagnostics[0].message).toMatch(/merged/);
  });

  it('splits hex stack words glued after the BIOS date', () => {
    const r = repair([
      'Hardware name: Xen HVM domU, BIOS 4.0.1 12/16/20140000000000000000 ffff880070611a00 ffffffff8172a3b4',
    ]);
    expect(r.texts).toEqual([
      'Hardware name: Xen HVM domU, BIOS 4.0.1 12/16/2014',
      '0000000000000000 ffff880070611a00 ffffffff8172a3b4',
    ]);
  });

  it('splits inline lowmem_reserve, zone lines, a second stamp and kill lines', () => {
    expect(
      repair(['Node 0 DMA free:15872kB all_unreclaimable? yes lowmem_reserve[]: 0 2780 15835 15835']).texts,
    ).toEqual(['Node 0 DMA free:15872kB all_unreclaimable? yes', 'lowmem_reserve[]: 0 2780 15835 15835']);
    expect(repair(['pages_scanned:0 all_unreclaimable? yes Node 0 DMA32 free:59728kB min:7832kB']).texts).toEqual([
      'pages_scanned:0 all_unreclaimable? yes',
      'Node 0 DMA32 free:59728kB min:7832kB',
    ]);
    const stamped = repair(['Mem-Info: [  123.456789] active_anon:1 inactive_anon:2'], '[  123.000001]', 123.000001);
    expect(stamped.out).toEqual([
      { line: 1, text: 'Mem-Info:', time: '[  123.000001]', uptime: 123.000001 },
      { line: 1, text: 'active_anon:1 inactive_anon:2', time: '[  123.456789]', uptime: 123.456789 },
    ]);
    expect(
      repair([
        'Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child Killed process 10366 (nginx) total-vm:84784kB',
      ]).texts,
    ).toEqual([
      'Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child',
      'Killed process 10366 (nginx) total-vm:84784kB',
    ]);
    expect(repair(['Free swap  = 0kB Total swap = 0kB 2097054 pages RAM']).texts).toEqual([
      'Free swap  = 0kB',
      'Total swap = 0kB',
      '2097054 pages RAM',
    ]);
  });

  it('never splits what the kernel prints as one record', () => {
    const whole = [
      'Out of memory: Killed process 1138439 (python3) total-vm:8117956kB, anon-rss:5649844kB,',
      'Memory cgroup out of memory: Killed process 2746 (leaker) total-vm:1000kB',
      'Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child',
      'Node 0 DMA32 free:59728kB min:7832kB low:9788kB',
      'Node 0 DMA: 1*4kB (U) 0*8kB = 15908kB',
      '[10396]   104 10396    21140    12367      44        0             0 Node 0 DMA',
      '[ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name',
      'Hardware name: HP ProLiant DL385 G7, BIOS A18 12/08/2012',
      '2273 total pagecache pages',
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task=a,pid=1,uid=0',
    ];
    for (const line of whole) expect(findMergeSplits(line)).toBeNull();
    expect(repair(whole).texts).toEqual(whole);
  });

  it('repairs the design document paste', () => {
    const file = join(__dirname, '../../../test/fixtures/ubuntu-3.13-nginx-xen-elided.log');
    const r = repair(readFileSync(file, 'utf8').split('\n'));
    expect(r.texts).toContain(
      'Node 0 DMA32: 1101*4kB (UE) 745*8kB (UEM) 475*16kB (UEM) 263*32kB (EM) 88*64kB (UEM) 25*128kB (E)12*256kB (EM) 6*512kB (E) 7*1024kB (EM) 0*2048kB 0*4096kB = 48524kB',
    );
    expect(r.texts).toContain('Hardware name: Xen HVM domU, BIOS 4.0.1 12/16/2014');
    expect(r.out.length).toBe(r.texts.filter(Boolean).length + r.texts.filter((t) => t === '').length);
    expect(r.out.length).toBe(readFileSync(file, 'utf8').split('\n').length + 2);
  });
});

describe('escaped line break cut in two by a wrap', () => {
  it('reads `#0` + `12` (and `\\x0` + `a`) as the line break it was', () => {
    const r = repair([
      'active_anon:1 inactive_anon:2#012 slab_unreclaimable:3#0',
      '12 mapped:4 shmem:5#012 free:6 free',
      '_pcp:7',
    ]);
    expect(r.texts).toEqual([
      'active_anon:1 inactive_anon:2',
      'slab_unreclaimable:3',
      'mapped:4 shmem:5',
      'free:6 free',
      '_pcp:7',
    ]);
    expect(r.numbers).toEqual([1, 1, 2, 2, 3]);
    expect(repair(['a:1\\x0', 'a b:2']).texts).toEqual(['a:1', 'b:2']);
    expect(repair(['a:1#0', 'x b:2']).texts).toEqual(['a:1#0', 'x b:2']); // not completed: left as it was
  });

  it('gives the last piece of a split line the physical line length a wrap cut', () => {
    const r = repair(['mapped:4 shmem:5#012 free:6 free', '_pcp:7']);
    expect(r.out.map((l) => l.physicalLength)).toEqual([undefined, 32, undefined]);
  });
});

describe('pager truncation', () => {
  it('flags a line cut with > and drops the half number', () => {
    const r = repair(['Killed process 1 (init) total-vm:8117956kB, anon-rss:56498>']);
    expect(r.texts).toEqual(['Killed process 1 (init) total-vm:8117956kB']);
    expect(r.diagnostics).toEqual([
      { line: 1, severity: 'warning', message: expect.stringContaining('pager') as string },
    ]);
  });

  it('marks the cut line itself (LogLine.pagerCut), so its report knows a line was cut', () => {
    const r = repair(['Node 0 active_anon:108496kB inactive_anon:74596kB sec_paget>', 'lowmem_reserve[]: 0 0 0 0']);
    expect(r.out.map((l) => l.pagerCut ?? false)).toEqual([true, false]);
  });

  it('gives each piece of a line another program logged its program (LogLine.source)', () => {
    const out: LogLine[] = [];
    const r = createRepairer((l) => out.push(l));
    r.feed(1, 'a#012b', null, null, false, 'systemd');
    r.feed(2, 'Mem-Info:', null, null, false, null);
    r.end();
    expect(out.map((l) => [l.text, l.source])).toEqual([
      ['a', 'systemd'],
      ['b', 'systemd'],
      ['Mem-Info:', undefined],
    ]);
  });

  it('flags a line cut with … and keeps a cut task name', () => {
    expect(
      repair(['[  499]     0   499     3814       60      13        0             0 upstart-sock…']).texts,
    ).toEqual(['[  499]     0   499     3814       60      13        0             0 upstart-sock']);
  });

  it('leaves tags, elisions and normal lines alone', () => {
    const lines = ['<TASK>', '</TASK>', '…', '...', 'Out of memory and no killable processes...', 'foo <defunct>'];
    const r = repair(lines);
    expect(r.texts).toEqual(lines);
    expect(r.diagnostics).toEqual([]);
  });

  it('caps the per-line warnings and summarises the rest', () => {
    const r = repair(Array.from({ length: 15 }, () => 'active_anon:1 inactive_anon:2 isolated_a>'));
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(11);
    expect(r.diagnostics.some((d) => d.message.startsWith('15 lines'))).toBe(true);
  });
});

describe('bare Node prefix', () => {
  it('joins `Node 0` with the zone continuation on the next line', () => {
    const r = repair(['Node 0', 'DMA32 free:59728kB min:7832kB', 'Node 1']);
    expect(r.texts).toEqual(['Node 0 DMA32 free:59728kB min:7832kB', 'Node 1']);
    expect(r.numbers).toEqual([2, 3]);
  });

  it('lets a bare Node line through when nothing continues it', () => {
    expect(repair(['Node 0', 'Mem-Info:']).texts).toEqual(['Node 0', 'Mem-Info:']);
  });
});

describe('empty lines', () => {
  it('passes empty lines through so line numbers stay dense', () => {
    expect(repair(['a', '', 'b']).numbers).toEqual([1, 2, 3]);
  });
});

describe('multi-line journal records', () => {
  it('splits real line breaks inside one record (journalctl -o json) without calling it damage', () => {
    const r = repair(['Memory cgroup stats for /a:\nanon 12\nfile 34']);
    expect(r.texts).toEqual(['Memory cgroup stats for /a:', 'anon 12', 'file 34']);
    expect(r.numbers).toEqual([1, 1, 1]);
    expect(r.diagnostics).toEqual([]);
  });
});
