import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrefixStripper } from './prefix';
import { PrefixStyle, describeStyles } from './styles';

/** One stripper for the whole file, as one parse has: the remembered prefix carries from test to test. */
const stripper = createPrefixStripper();
const strip = (raw: string) => stripper.strip(raw);

const text = (raw: string) => strip(raw).text;
const styles = (raw: string) => describeStyles(strip(raw).style);

describe('strip: single styles', () => {
  it('leaves unprefixed kernel text alone', () => {
    const r = strip('sed invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0');
    expect(r).toEqual({
      text: 'sed invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0',
      time: null,
      uptime: null,
      style: 0,
      source: null,
    });
  });

  it('strips a dmesg stamp and reads the uptime', () => {
    const r = strip('[   30.745678] stress-ng-vm invoked oom-killer: gfp_mask=0x400dc0');
    expect(r.text).toBe('stress-ng-vm invoked oom-killer: gfp_mask=0x400dc0');
    expect(r.uptime).toBeCloseTo(30.745678, 6);
    expect(r.time).toBe('[   30.745678]');
    expect(styles('[11686.888109] Mem-Info:')).toEqual(['dmesg']);
  });

  it('strips dmesg -T stamps in any locale', () => {
    expect(strip('[Mon Nov 22 11:09:03 2021] Mem-Info:')).toMatchObject({
      text: 'Mem-Info:',
      time: 'Mon Nov 22 11:09:03 2021',
      style: 2,
    });
    expect(text('[Di Aug 12 03:54:03 2025] php-fpm invoked oom-killer: x')).toBe('php-fpm invoked oom-killer: x');
    expect(text('[二 9月  3 10:00:00 2024] Mem-Info:')).toBe('Mem-Info:');
    expect(strip('[二 9月  3 10:00:00 2024]  <TASK>').text).toBe('<TASK>');
  });

  it('strips syslog headers with and without host, tag and ident', () => {
    expect(strip('Nov 22 11:09:03 VM_0_14_centos kernel: [19272]     0 19272   678212 nmap')).toMatchObject({
      text: '[19272]     0 19272   678212 nmap',
      time: 'Nov 22 11:09:03',
    });
    expect(text('Apr 01 14:13:32 mysrv: sed cpuset=/ mems_allowed=0-1')).toBe('sed cpuset=/ mems_allowed=0-1');
    expect(text('Apr 01 14:13:32 mysrv <kern.warning> kernel:sed invoked')).toBe('sed invoked');
    expect(text('Apr  1 14:13:32  kernel: Mem-Info:')).toBe('Mem-Info:');
    expect(text('Apr  1 14:13:32 kernel:Killed process 1 (init)')).toBe('Killed process 1 (init)');
    expect(text('Nov 22 11:09:03 host user.warn kernel: Mem-Info:')).toBe('Mem-Info:');
    expect(text('Nov 22 11:09:03.123456 host kernel: Mem-Info:')).toBe('Mem-Info:');
    expect(text('Nov 22 11:09:03 host Hardware name: QEMU')).toBe('Hardware name: QEMU');
  });

  it('strips syslog followed by a dmesg stamp, keeping both times', () => {
    const r = strip('Apr 01 14:13:32 mysrv kernel: [11686.888109]  ffff880182272f10 00000000021dcb0a');
    expect(r).toEqual({
      text: 'ffff880182272f10 00000000021dcb0a',
      time: 'Apr 01 14:13:32',
      uptime: 11686.888109,
      style: 1 | 4,
      source: null,
    });
  });

  it('strips ISO stamps from journalctl, rsyslog and dmesg --time-format iso', () => {
    expect(strip('2024-05-01T12:00:00.123456+00:00 host kernel: Mem-Info:')).toMatchObject({
      text: 'Mem-Info:',
      time: '2024-05-01T12:00:00.123456+00:00',
    });
    expect(text('2024-05-01T12:00:00+0000 myhost kernel: Killed process 5 (a)')).toBe('Killed process 5 (a)');
    expect(text('2024-05-01T12:00:00,123456+02:00 Hardware name: QEMU')).toBe('Hardware name: QEMU');
    expect(text('2024-05-01T12:00:00,123456+02:00 Mem-Info:')).toBe('Mem-Info:');
  });

  it('strips journalctl -o short-monotonic `[stamp] host kernel:`', () => {
    expect(text('[  123.456789] myhost kernel: Mem-Info:')).toBe('Mem-Info:');
    expect(text('[  123.456789] Hardware name: QEMU')).toBe('Hardware name: QEMU');
  });

  it('strips kmsg priorities, raw /dev/kmsg records and facility tags', () => {
    expect(strip('<4>[  123.456789] Mem-Info:')).toMatchObject({ text: 'Mem-Info:', style: 1 | 16 });
    expect(strip('4,1234,123456789,-;Mem-Info:')).toMatchObject({ text: 'Mem-Info:', uptime: 123.456789 });
    expect(text('<kern.warning> Mem-Info:')).toBe('Mem-Info:');
    expect(text('kern  :warn  : [  123.456789] Mem-Info:')).toBe('Mem-Info:');
    expect(text('kern.warn kernel: Mem-Info:')).toBe('Mem-Info:');
  });

  it('strips printk caller ids and Android vendor tags', () => {
    expect(strip('[   12.345678][ T1234] Mem-Info:')).toMatchObject({ text: 'Mem-Info:', style: 1 | 64 });
    expect(text('[    0.000000][    C3] Mem-Info:')).toBe('Mem-Info:');
    expect(text('<4>[ 1204.567580]  (2)[1475:kworker/u8:2]Mem-Info:')).toBe('Mem-Info:');
    expect(text('[ 1204.567580] [pid:1,cpu0,swapper/0]Mem-Info:')).toBe('Mem-Info:');
    expect(styles('[ 1204.567580] [3:  kworker/3:1:  123] Mem-Info:')).toEqual(['dmesg', 'android']);
  });

  it('strips a bare kernel: tag, glued or not', () => {
    expect(text('kernel:sed invoked oom-killer: x')).toBe('sed invoked oom-killer: x');
    expect(text('kernel: ffff880182272f10 00000000021dcb0a')).toBe('ffff880182272f10 00000000021dcb0a');
  });

  it('strips whole-paste indentation and trailing blanks', () => {
    expect(strip(' leaker invoked oom-killer: x  \t')).toMatchObject({
      text: 'leaker invoked oom-killer: x',
      style: 0,
    });
    expect(styles('\t[  1.000000] Mem-Info:')).toEqual(['dmesg', 'indent']);
    expect(text('                                              active_file:29 inactive_file:186')).toBe(
      'active_file:29 inactive_file:186',
    );
  });
});

describe('strip: a time-only prefix and the program of a syslog line', () => {
  it('reads `19:50:58 kernel:` and `19:50:58 host kernel:` (a viewer that keeps only the time of day)', () => {
    expect(strip('19:50:58 kernel: Out of memory: Killed process 1 (a)')).toEqual({
      text: 'Out of memory: Killed process 1 (a)',
      time: '19:50:58',
      uptime: null,
      style: PrefixStyle.TimeOnly,
      source: null,
    });
    expect(strip('9:50:58.123 myhost kernel: Mem-Info:')).toMatchObject({ text: 'Mem-Info:', time: '9:50:58.123' });
    expect(styles('19:50:58 kernel: [ 8523.347168] Mem-Info:')).toEqual(['dmesg', 'time-only']);
  });

  it('names the program of a syslog line that is not the kernel’s (`name[pid]:`), never the kernel', () => {
    const npd =
      'Oct 12 19:00:20 aks-node node-problem-detector-startup.sh[3240]: I1012 19:00:20.884452 3240 log_monitor.go:160] x';
    expect(strip(npd)).toMatchObject({
      source: 'node-problem-detector-startup.sh',
      text: expect.stringMatching(/^I1012/),
    });
    expect(strip('Oct 12 19:00:20  systemd[1]: Started x.').source).toBe('systemd');
    expect(strip('Oct 12 19:00:20 host kernel: Mem-Info:').source).toBeNull();
    expect(strip('Oct 12 19:00:20 host kernel[0]: Mem-Info:').source).toBeNull();
    // A bare `word:` may be a host name: not taken for a program.
    expect(strip('Apr 01 14:13:32 mysrv: Out of memory: Killed process 1 (a)').source).toBeNull();
    const record = { _TRANSPORT: 'syslog', SYSLOG_IDENTIFIER: 'kubelet', MESSAGE: 'x' };
    expect(strip(JSON.stringify(record)).source).toBe('kubelet');
    expect(strip(JSON.stringify({ ...record, _TRANSPORT: 'kernel' })).source).toBeNull();
  });
});

describe('strip: kernel text that only looks like a prefix stays', () => {
  const keep = [
    '[ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name',
    '[  355]     0   355     4868       66      13        0             0 upstart-udev-br',
    '[10396]   104 10396    21140    12367      44        0             0 nginx',
    '[<ffffffff816861ac>] dump_stack+0x19/0x1b',
    '[<ffffffff816861ac>]dump_stack+0x19/0x1b',
    '[1234567] 0 1234567 4868 66 13 0 0 wide-pid',
    '[ 246 ] 0 246 4868 66 13 0 0 spaced',
    '<TASK>',
    'Node 0 DMA free:15908kB min:128kB',
    'Mar 2 is not a timestamp',
    'kernel 125124608',
    'kernel_misc_reclaimable:0',
    'kernel_stack:10592kB pagetables:102816kB',
    'Memory cgroup stats for /: cache:0KB',
    'Hardware name: Xen HVM domU, BIOS 4.0.1 12/16/2014',
    '2273 total pagecache pages',
    '...(此处有省略)',
    // A time without the kernel's tag after it is kernel text (not a time-only prefix).
    '12:34:56 not a prefix',
  ];
  it.each(keep)('%s', (line) => {
    expect(strip(line)).toEqual({ text: line, time: null, uptime: null, style: 0, source: null });
  });
});

describe('strip on the prefixed fixtures', () => {
  const dir = join(__dirname, '../../../test/fixtures');
  const plain = (name: string) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .map((l) => l.trim());
  const variants = readdirSync(dir).filter((f) => /^t030_.*_prefix_.*\.log$/.test(f));

  it('finds the prefix variants', () => expect(variants.length).toBeGreaterThanOrEqual(14));

  it.each(variants)('%s strips to the same text as the unprefixed report', (name) => {
    const era = name.startsWith('t030_rhel7') ? 'rhel7' : 'archlinux_6.1.1';
    const base = plain(`t030_${era}_prefix_kernel-only.log`).map((l) => l.replace(/^kernel:/, '').trim());
    const got = readFileSync(join(dir, name), 'utf8').split('\n').map(text);
    expect(got).toEqual(base);
  });
});

describe('strip: more dmesg and journalctl formats, mail quotes', () => {
  it('reads dmesg -d deltas and reltime stamps', () => {
    expect(strip('[  123.456789 <    0.000123>] Mem-Info:')).toMatchObject({
      text: 'Mem-Info:',
      uptime: 123.456789,
    });
    expect(text('[May 22 10:42] Mem-Info:')).toBe('Mem-Info:');
    expect(text('[  +0.000042] Mem-Info:')).toBe('Mem-Info:');
  });

  it('reads journalctl short-unix and short-full', () => {
    expect(strip('1714564800.123456 host kernel: Mem-Info:')).toMatchObject({
      text: 'Mem-Info:',
      time: '1714564800.123456',
    });
    expect(strip('Tue 2024-05-07 10:11:12 CEST host kernel: Mem-Info:')).toMatchObject({
      text: 'Mem-Info:',
      time: 'Tue 2024-05-07 10:11:12 CEST',
    });
  });

  it('strips mail quoting', () => {
    expect(strip('> > [  1.000000] Mem-Info:')).toMatchObject({ text: 'Mem-Info:', style: 1 | 2048 });
    expect(text('>> sed invoked oom-killer: x')).toBe('sed invoked oom-killer: x');
  });

  it('does not take numbers or dashes in kernel text for stamps', () => {
    for (const line of ['1234567890 pages RAM', 'Tasks state (memory values in pages):', 'Free swap  = 0kB']) {
      expect(strip(line).text).toBe(line);
    }
  });
});

describe('strip: journal exports', () => {
  it('reads journalctl -o json records', () => {
    const line = JSON.stringify({
      __REALTIME_TIMESTAMP: '1714564800123456',
      _SOURCE_MONOTONIC_TIMESTAMP: '123456789',
      _TRANSPORT: 'kernel',
      MESSAGE: 'sed invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0',
    });
    expect(strip(line)).toEqual({
      text: 'sed invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0',
      time: '2024-05-01T12:00:00.123Z',
      uptime: 123.456789,
      style: 4096,
      source: null,
    });
    const bytes = [...Buffer.from('Killed process 1 (grüße)')];
    expect(strip(JSON.stringify({ MESSAGE: bytes })).text).toBe('Killed process 1 (grüße)');
  });

  it('leaves other braces alone', () => {
    for (const line of ['{not json "MESSAGE"', '{"a":1}', '{"MESSAGE": 5}']) expect(strip(line).text).toBe(line);
  });

  it('reads journalctl -o export MESSAGE= lines', () => {
    expect(strip('MESSAGE=Mem-Info:')).toMatchObject({ text: 'Mem-Info:', style: 4096 });
    expect(strip('_PID=1').text).toBe('_PID=1');
  });
});

describe('strip: the remembered prefix never changes a result', () => {
  const fresh = (raw: string) => createPrefixStripper().strip(raw);

  it('reads every fixture line, in order, as it reads it alone', () => {
    const dir = join(__dirname, '../../../test/fixtures');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.log'))) {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      const inOrder = lines.map((l) => strip(l));
      expect(inOrder, name).toEqual(lines.map(fresh));
    }
  });

  // Each line after each other: a prefix read from the first must not decide the second.
  const tricky = [
    'Nov 22 11:09:03 host kernel: Out of memory',
    'Nov 22 11:09:03 host kernel:Out of memory',
    'Nov 22 11:09:03 host kernel:  two blanks',
    'Nov 22 11:09:03 host kernel: [  123.456789] stamped',
    'Nov 22 11:09:03 host sshd[12]: Accepted',
    'Nov 22 11:09:03 host text without ident',
    'Nov 22 11:09:03 host foo: bar',
    'Nov 22 11:09:03 host: text',
    'Nov 22 11:09:03 host <kern.warning> kernel:[  246]     0   246 x',
    'Nov 22 11:09:03 host <kern.warning>',
    'Nov 22 11:09:03 host <kern.warning>x kernel: y',
    'Nov 22 11:09:03.123 host kernel: fraction',
    'Nov 22 11:09:03 kernel: empty host',
    'Nov 22 11:09:03 kernel',
    '2024-05-01T12:00:00.123456+00:00 host kernel: iso',
    '2024-05-01T12:00:00.123456+00:00 host kernel:',
    '2024-05-01T12:00:00.123456+00:00 host sshd: not kernel',
    '2024-05-01T12:00:00.123456+00:00 text',
    '[Di Aug 12 03:54:03 2025] ctime',
    '[Di Aug 12 03:54:03 2025] [  12.5] both',
    '[Di Aug 12 03:54:03 2025]x glued',
    '<4>[  12.000000] prio',
    '<4>prio glued',
    '<kern.warning> facility',
    '<kern.warning>',
    'kern.warn kernel: tags',
    'kern  :warn  : decode',
    '  Nov 22 11:09:03 host kernel: indented',
    '> Nov 22 11:09:03 host kernel: quoted',
    'kernel: bare tag',
    'kernel:glued',
  ];
  it.each(tricky)('after each tricky line: %s', (first) => {
    for (const second of tricky) {
      const reader = createPrefixStripper();
      reader.strip(first);
      expect(reader.strip(second), `${first} → ${second}`).toEqual(fresh(second));
    }
  });
});
