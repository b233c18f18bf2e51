import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser, MAY_MATTER, parseText, type OomEvent } from './index';
import { mayMatterOutsideEvents } from './segment/classify';

const fixture = (name: string) => readFileSync(join(__dirname, '../../test/fixtures', name), 'utf8');

describe('createParser wiring', () => {
  it('counts lines, UTF-8 bytes and prefix styles', () => {
    const text = 'Nov 22 11:09:03 host kernel: [  1.000000] hello\n[Di Aug 12 03:54:03 2025] grüße\n';
    const r = parseText(text);
    expect(r.stats).toEqual({ bytes: Buffer.byteLength(text), lines: 2, prefixStyles: ['dmesg', 'dmesg-T', 'syslog'] });
  });

  it('takes the byte count from the caller when given', () => {
    const p = createParser();
    p.push('abc\n', 10);
    expect(p.end().stats.bytes).toBe(10);
  });

  it('leaves words about the input as a whole to src/present (no event, binary, NULs)', () => {
    // The input module's facts say what the input was; the parser only reports on lines it read.
    for (const text of [
      'Nov 22 11:09:03 host sshd[12]: Accepted publickey\n',
      '',
      '\x1f\ufffd\b\0\0garbage',
      'abc\0def',
    ]) {
      expect(parseText(text).diagnostics).toEqual([]);
    }
  });

  it('follow mode: each event once, closed by a pause after its kill line, and nothing kept', () => {
    const report = fixture('archlinux_6.1.1-arch1-1_embedded_example.log');
    const seen: OomEvent[] = [];
    const p = createParser({ follow: true, onEvent: (e) => seen.push(e) });
    p.push(report);
    expect(seen).toHaveLength(0); // the kill line was read, but a reaper line may still follow
    p.idle();
    expect(seen.map((e) => [e.index, e.complete, e.victim?.comm])).toEqual([[0, true, 'doxygen']]);
    p.push(report);
    p.idle();
    p.idle();
    expect(seen.map((e) => e.index)).toEqual([0, 1]);
    const end = p.end();
    expect([end.events, end.allocationFailures, end.diagnostics]).toEqual([[], [], []]);
    expect(seen[1]).toMatchObject({ firstLine: seen[0].firstLine + report.split('\n').length - 1 });
  });

  it('a pause inside a report does not cut it', () => {
    const report = fixture('archlinux_6.1.1-arch1-1_embedded_example.log');
    const seen: OomEvent[] = [];
    const p = createParser({ follow: true, onEvent: (e) => seen.push(e) });
    const half = report.indexOf('\n', report.length / 2) + 1;
    p.push(report.slice(0, half));
    p.idle();
    p.push(report.slice(half));
    p.idle();
    expect(seen.map((e) => e.complete)).toEqual([true]);
  });

  it('reports repairs as diagnostics', () => {
    const r = parseText('Mem-Info:#012active_anon:1\n');
    expect(r.diagnostics.some((d) => d.message.includes('#012'))).toBe(true);
  });

  it('never throws, whatever the input', () => {
    const nasty = ['\ud800', '\r\r\r', '#012#012#012', '[', '<', 'Node 0', '\u2026', 'x'.repeat(100_000), '\0\0\0'];
    for (const text of nasty) expect(() => parseText(text)).not.toThrow();
    const p = createParser();
    expect(() => {
      p.push(undefined as unknown as string);
      p.end();
      p.push('late');
      p.end();
    }).not.toThrow();
  });

  it('reads only the start of an overlong line and says so', () => {
    const r = parseText('a\n' + 'y'.repeat(300 * 1024) + '\nb\n');
    expect(r.stats.lines).toBe(3);
    expect(r.diagnostics.some((d) => d.line === 2 && d.severity === 'warning' && /256 KiB/.test(d.message))).toBe(true);
  });

  it('returns the same result when end() is called twice', () => {
    const p = createParser();
    p.push('x\n');
    expect(p.end()).toBe(p.end());
  });
});

describe('events and raw lines', () => {
  const text = fixture('6.5.0_nixos_cgroupv2_2events_dmesg.log');

  it('emits events as they close, in order, and the same ones end() returns', () => {
    const seen: OomEvent[] = [];
    const p = createParser({ onEvent: (e) => seen.push(e) });
    p.push(text);
    const r = p.end();
    expect(r.events.length).toBeGreaterThan(0);
    expect(seen.map((e) => e.index)).toEqual(r.events.map((e) => e.index));
  });

  it('keeps the raw lines of each event only when asked', () => {
    const p = createParser({ keepRaw: true });
    for (let i = 0; i < text.length; i += 333) p.push(text.slice(i, i + 333));
    const r = p.end();
    const all = text.split('\n');
    for (const e of r.events) {
      const lines = p.rawLinesOf(e.index);
      expect(lines.map((l) => l.line)).toEqual(
        Array.from({ length: e.lastLine - e.firstLine + 1 }, (_, i) => e.firstLine + i),
      );
      expect(lines.map((l) => l.raw)).toEqual(all.slice(e.firstLine - 1, e.lastLine));
    }
    expect(p.rawLinesOf(99)).toEqual([]);
    const q = createParser();
    q.push(text);
    q.end();
    expect(q.rawLinesOf(0)).toEqual([]);
  });

  it('keeps raw lines of events far into a long input with bounded buffering', () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `Nov 22 11:09:03 host cron[${i}]: job`).join('\n') + '\n';
    const p = createParser({ keepRaw: true });
    p.push(filler);
    p.push(text);
    const r = p.end();
    if (r.events.length === 0) return; // builder not landed yet
    const first = r.events[0];
    expect(first.firstLine).toBeGreaterThan(5000);
    expect(p.rawLinesOf(first.index)[0].raw).toBe(text.split('\n')[first.firstLine - 5001]);
  });
});

describe('a mailed paste (LKML 2008): wrapped lines, and a record glued on and then cut by the wrap', () => {
  it('reads every frame and the kill, with no line left over', () => {
    const text = [
      'Feb 4 16:15:15 kernel: df_inode invoked oom-killer: gfp_mask=0xd0,',
      'order=0, oomkilladj=0',
      'Feb 4 16:15:16 kernel: [<c01408cb>] out_of_memory+0x69/0x18e',
      'Feb 4 16:15:16 kernel: [<c0141eca>] __alloc_pages+0x1fc/0x283',
      'Feb 4 16:15:16 kernel: [<c0141f8a>] __get_free_pages+0x39/0x47 Feb 4',
      '16:15:16 kernel: [<c011bbc8>] copy_process+0x89/0x1051',
      'Feb 4 16:15:16 kernel: Out of memory: Killed process 2345 (df_inode).',
    ].join('\n');
    for (const size of [text.length, 7]) {
      const p = createParser();
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      const [e] = p.end().events;
      // show_mem printed between the stack and the kill (2.6.24 out_of_memory) is not in the excerpt.
      expect(e).toMatchObject({ complete: false, unparsedLines: [], trigger: { comm: 'df_inode', order: 0 } });
      expect(e.cuts).toEqual([{ kind: 'gap', line: 7 }]);
      expect(e.callTrace.map((f) => f.symbol.split('+')[0])).toEqual([
        'out_of_memory',
        '__alloc_pages',
        '__get_free_pages',
        'copy_process',
      ]);
    }
  });
});

describe('two parses in one process', () => {
  // Different prefix styles (syslog with host and level tags; dmesg stamps), escaped line breaks
  // cut by a wrap, and a glued-on date waiting for the next line: every kind of state a parse keeps.
  const mailed = [
    'Feb 4 16:15:15 kernel: df_inode invoked oom-killer: gfp_mask=0xd0, order=0, oomkilladj=0',
    'Feb 4 16:15:16 kernel: [<c0141f8a>] __get_free_pages+0x39/0x47 Feb 4',
    '16:15:16 kernel: [<c011bbc8>] copy_process+0x89/0x1051',
    'Feb 4 16:15:16 kernel: Out of memory: Killed process 2345 (df_inode).',
  ].join('\n');
  const inputs = [
    `${mailed}\n${fixture('t030_archlinux_6.1.1_prefix_syslog-warning.log')}`,
    fixture('t030_rhel7_prefix_timestamp-only.log').replaceAll('#012', '#0\n12'),
  ];

  it('do not affect each other: fed in turns, each gives what it gives alone', () => {
    const alone = inputs.map((text) => {
      const p = createParser({ keepRaw: true });
      p.push(text);
      const r = p.end();
      return { r, raw: r.events.map((e) => p.rawLinesOf(e.index)) };
    });
    // In turns, a line at a time: whatever one parse holds back waits while the other reads a line.
    const parsers = inputs.map(() => createParser({ keepRaw: true }));
    const lines = inputs.map((text) => text.split(/(?<=\n)/));
    for (let at = 0; at < Math.max(...lines.map((l) => l.length)); at++) {
      parsers.forEach((p, i) => p.push(lines[i][at] ?? ''));
    }
    parsers.forEach((p, i) => {
      const r = p.end();
      expect(r.events.length).toBeGreaterThan(0);
      expect({ r, raw: r.events.map((e) => p.rawLinesOf(e.index)) }).toEqual(alone[i]);
    });
  });
});

describe('quiet-line skipping', { timeout: 60_000 }, () => {
  const dir = join(__dirname, '../../test/fixtures');
  const logs = readdirSync(dir).filter((f) => f.endsWith('.log'));

  it('looks at every line the event builder could care about (MAY_MATTER covers its keywords)', () => {
    const samples = [
      'sed invoked oom-killer: gfp_mask=0x201da, order=0',
      'oom-killer: gfp_mask=0xd0',
      'oom-killer: order=0, gfp_mask=0xd0',
      'kworker: page allocation failure: order:3, mode:0x20',
      'Out of memory: Killed process 1 (a)',
      'oom_reaper: reaped process 1 (a)',
      'Kernel panic - not syncing: System is deadlocked on memory',
      'Mem-info:',
      'Task in /a killed as a result of limit of /a',
      'memory: usage 1kB, limit 2kB, failcnt 3',
      'Memory cgroup stats for /a:',
    ];
    const lines = [...samples, ...logs.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))];
    for (const line of lines) {
      if (!mayMatterOutsideEvents(line)) continue;
      MAY_MATTER.lastIndex = 0;
      expect(MAY_MATTER.test(line), line).toBe(true);
    }
  });

  it('gives the same result as sending every line through the full path', () => {
    const noise = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Nov 22 11:09:${String(i % 60).padStart(2, '0')} host sshd[${i}]: Accepted key ${i}`,
      );
    const parts: string[] = [];
    for (const f of logs)
      parts.push(...noise(1500), ...readFileSync(join(dir, f), 'utf8').replace(/\n$/, '').split('\n'));
    // A page allocation failure's dump has no OOM words but belongs to the warning.
    const report = readFileSync(join(dir, 'rhel7_3.10.0-514.6.1.el7_embedded_example.log'), 'utf8').split('\n');
    const dump = report.slice(
      2,
      report.findIndex((l) => l.startsWith('[ pid ]')),
    );
    parts.push(...noise(50), 'sed: page allocation failure: order:0, mode:0x201da', ...dump);
    parts.push(...noise(20));
    const text = parts.join('\n') + '\n';
    const parse = (fullScan: boolean, size: number) => {
      const p = createParser({ fullScan, keepRaw: true });
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      const r = p.end();
      return { ...r, raw: r.events.map((e) => p.rawLinesOf(e.index)) };
    };
    const full = parse(true, 1 << 16);
    expect(full.events.length).toBeGreaterThan(30);
    const sed = full.allocationFailures.filter((f) => f.comm === 'sed');
    expect(sed).toHaveLength(1);
    expect(sed[0].lastLine - sed[0].firstLine).toBeGreaterThan(50);
    expect(parse(false, 1 << 16)).toEqual(full);
    expect(parse(false, 1000)).toEqual(full);
    // Without keepRaw, quiet lines are not even cut out of their chunk: still the same result.
    const lean = createParser();
    for (let i = 0; i < text.length; i += 1000) lean.push(text.slice(i, i + 1000));
    const { raw: _raw, ...fullResult } = full;
    expect(lean.end()).toEqual(fullResult);
  });

  it('also for reports hard-wrapped at 72 columns (either half of a line may lack its OOM word)', () => {
    // The tail: `... oom_reaper: reaped process 473206 (doxygen` then `), now anon-rss:0kB, ...`.
    // The head: `... kernel: [ pid ]   uid  tgid total_vm      ` then `rss ... oom_score_adj name`.
    const wrap = (text: string) =>
      text
        .split('\n')
        .flatMap((l) => (l.length === 0 ? [''] : (l.match(/.{1,72}/g) ?? [])))
        .join('\n');
    const parse = (text: string, fullScan: boolean) => {
      const p = createParser({ fullScan });
      for (let i = 0; i < text.length; i += 4096) p.push(text.slice(i, i + 4096));
      return p.end();
    };
    let joinedReaper = 0;
    for (const f of logs) {
      const text = `Nov 22 11:09:03 host sshd[1]: Accepted key\n${wrap(readFileSync(join(dir, f), 'utf8'))}`;
      const full = parse(text, true);
      expect(parse(text, false), f).toEqual(full);
      if (full.events.some((e) => e.reaped !== null)) joinedReaper++;
    }
    expect(joinedReaper).toBeGreaterThan(3);
  });
});

describe('fuzz', () => {
  it('never throws on random text cut into random chunks, and counts every line', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = [
      '\n',
      '\r',
      ' ',
      '[',
      ']',
      '#012',
      '\\x0a',
      'Node 0 ',
      'Killed process 1 (a)',
      'kernel:',
      '\u2026',
      '>',
      '\ud800',
      '\0',
      'invoked oom-killer: gfp_mask=0x0(), order=-1',
      'x',
      '7',
    ];
    for (let round = 0; round < 20; round++) {
      const text = Array.from({ length: 2000 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const p = createParser({ keepRaw: true });
      expect(() => {
        for (let i = 0; i < text.length;) {
          const size = 1 + Math.floor(rand() * 300);
          p.push(text.slice(i, i + size));
          i += size;
        }
        const r = p.end();
        expect(r.stats.lines).toBe(text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0));
        r.events.forEach((e) => p.rawLinesOf(e.index));
      }).not.toThrow();
    }
  });
});
