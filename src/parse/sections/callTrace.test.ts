import { describe, expect, it } from 'vitest';
import { isCallTraceHeader, isStackNoise, parseFrameList, parseStackFrame } from './callTrace';

describe('isCallTraceHeader', () => {
  it('knows the x86, arm64 and arm32 headers', () => {
    expect(isCallTraceHeader('Call Trace:')).toBe(true);
    expect(isCallTraceHeader(' Call Trace:')).toBe(true);
    expect(isCallTraceHeader('Call trace:')).toBe(true);
    expect(isCallTraceHeader('Backtrace:')).toBe(true);
  });
  it('rejects other lines', () => {
    expect(isCallTraceHeader('Call Trace: nothing')).toBe(false);
    expect(isCallTraceHeader('Mem-Info:')).toBe(false);
  });
});

describe('parseStackFrame', () => {
  it('reads an old x86 frame with its address (3.10 RHEL7)', () => {
    expect(parseStackFrame(' [<ffffffff816861ac>] dump_stack+0x19/0x1b', 9)).toEqual({
      symbol: 'dump_stack+0x19/0x1b',
      unreliable: false,
      module: null,
      line: 9,
    });
  });

  it('reads an unreliable frame and a module (3.10)', () => {
    expect(parseStackFrame(' [<ffffffff810eab9c>] ? ktime_get_ts64+0x4c/0xf0', 1)).toMatchObject({
      symbol: 'ktime_get_ts64+0x4c/0xf0',
      unreliable: true,
    });
    expect(parseStackFrame(' [<ffffffffa018f016>] ext4_filemap_fault+0x36/0x50 [ext4]', 1)).toMatchObject({
      module: 'ext4',
      unreliable: false,
    });
  });

  it('reads compiler-suffixed names', () => {
    expect(parseStackFrame(' [<ffffffff811ac783>] do_read_fault.isra.42+0x43/0x130', 1)?.symbol).toBe(
      'do_read_fault.isra.42+0x43/0x130',
    );
    expect(parseStackFrame(' __alloc_pages_slowpath.constprop.0+0xcbd/0xe10', 1)?.symbol).toBe(
      '__alloc_pages_slowpath.constprop.0+0xcbd/0xe10',
    );
  });

  it('reads 4.10+ frames without an address (4.18, 6.1)', () => {
    expect(parseStackFrame('  dump_stack+0x63/0x88', 1)).toMatchObject({
      symbol: 'dump_stack+0x63/0x88',
      unreliable: false,
    });
    expect(parseStackFrame(' ? sched_clock_cpu+0xd/0xb0', 1)).toMatchObject({ unreliable: true });
    expect(parseStackFrame(' dump_stack_lvl+0x47/0x60', 1)?.symbol).toBe('dump_stack_lvl+0x47/0x60');
  });

  it('reads a 5.14+ module with a build id', () => {
    expect(
      parseStackFrame(' ? nf_hook_slow+0x42/0xb0 [nf_tables 9a8b7c6d5e4f30211203a4b5c6d7e8f901234567]', 1),
    ).toMatchObject({
      module: 'nf_tables',
      unreliable: true,
      symbol: 'nf_hook_slow+0x42/0xb0',
    });
  });

  it('reads arm64 frames, old and new', () => {
    expect(parseStackFrame(' show_stack+0x18/0x24', 1)?.symbol).toBe('show_stack+0x18/0x24');
    expect(parseStackFrame(' el0_svc+0x28/0x98', 1)?.symbol).toBe('el0_svc+0x28/0x98');
    expect(parseStackFrame('[<ffff000008089a2c>] dump_backtrace+0x0/0x1b8', 1)?.symbol).toBe(
      'dump_backtrace+0x0/0x1b8',
    );
    expect(parseStackFrame(' dump_backtrace+0x98/0xf8 (C)', 1)?.symbol).toBe('dump_backtrace+0x98/0xf8');
  });

  it('reads a 2.6.32 frame glued to an <IRQ> marker', () => {
    expect(parseStackFrame('<IRQ>  [<ffffffff8112f9e7>] ? __alloc_pages_nodemask+0x757/0x8d0', 1)).toMatchObject({
      symbol: '__alloc_pages_nodemask+0x757/0x8d0',
      unreliable: true,
    });
  });

  it('reads an address the kernel could not name', () => {
    expect(parseStackFrame(' [<ffffffffa0312000>] ? 0xffffffffa0312000', 1)).toMatchObject({
      symbol: '0xffffffffa0312000',
      unreliable: true,
    });
  });

  it('reads ppc64 and arm32 frames', () => {
    expect(parseStackFrame('[c0000000fe0cf950] [c0000000000ab6ec] dump_stack+0xb0/0xf0 (unreliable)', 1)).toMatchObject(
      { symbol: 'dump_stack+0xb0/0xf0', unreliable: true },
    );
    expect(parseStackFrame('[<c0015000>] (show_stack) from [<c062fcd8>] (dump_stack+0x140/0x198)', 1)?.symbol).toBe(
      'show_stack',
    );
  });

  it('never matches zone, buddy, task, summary or register lines', () => {
    for (const line of [
      'Node 0 DMA free:15908kB min:128kB low:160kB high:192kB',
      'Node 0 DMA: 1*4kB (U) 0*8kB 0*16kB = 15908kB',
      '[  355]     0   355     4868       66      13        0             0 upstart-udev-br',
      '2273 total pagecache pages',
      'RIP: 0033:0x7f5ba27c6d6f',
      'Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child',
      'lowmem_reserve[]: 0 3746 7968 7968',
      ' <TASK>',
      '',
    ])
      expect(parseStackFrame(line, 1)).toBeNull();
  });
});

describe('trace lines of other layouts', () => {
  it('reads 4.x arm32 frames without the leading address: the first name is the frame (007)', () => {
    expect(parseStackFrame('(unwind_backtrace) from [<c010d824>] (show_stack+0x20/0x24)', 6)).toEqual({
      symbol: 'unwind_backtrace',
      unreliable: false,
      module: null,
      line: 6,
    });
    expect(parseStackFrame('(__alloc_pages_nodemask) from [<c02a6a1c>] (kmalloc_order+0x30/0x48)', 12)?.symbol).toBe(
      '__alloc_pages_nodemask',
    );
  });

  it('knows the marks around a trace: 2.6.24’s `=====` end, `[ cut here ]`, the end of a panic, the taint legend', () => {
    expect(isStackNoise('=======================')).toBe(true);
    expect(isStackNoise('------------[ cut here ]------------')).toBe(true);
    expect(isStackNoise('---[ end Kernel panic - not syncing: System is deadlocked on memory ]---')).toBe(true);
    expect(isStackNoise('Tainted: [C]=CRAP')).toBe(true);
    expect(isStackNoise('Tainted: [C]=CRAP, [O]=OOT_MODULE')).toBe(true);
    expect(isStackNoise('Tasks state (memory values in pages):')).toBe(false);
  });
});

describe('isStackNoise', () => {
  it('recognises stack markers and x86 registers (6.1, 6.5)', () => {
    for (const line of [
      ' <TASK>',
      ' </TASK>',
      ' <IRQ>',
      ' </IRQ>',
      '<EOI>',
      'RIP: 0033:0x7f5ba27c6d6f',
      'Code: Unable to access opcode bytes at 0x7f5ba27c6d45.',
      'RSP: 002b:00007ffd73e6c388 EFLAGS: 00000202 ORIG_RAX: 0000000000000001',
      'RAX: 0000000000015fd1 RBX: 0000000000001010 RCX: 00005658cf73d030',
      'R13: 0000000000000063 R14: ffffffffffffff78 R15: 00007f5ba2909c00',
      'FS:  00007f1e43d3c740(0000) GS:ffff88813bc80000(0000) knlGS:0000000000000000',
    ])
      expect(isStackNoise(line), line).toBe(true);
  });

  it('recognises arm64 registers, workqueue, taint legend, stack words and end marker', () => {
    for (const line of [
      'pc : el0_svc_common+0x9c/0x1a0',
      'lr : el0_svc_common+0x9c/0x1a0',
      'sp : ffff80000d4b3e80',
      'x29: ffff80000d4b3e80 x28: ffff0000c1a5c000 x27: 0000000000000000',
      'x5 : 0000000000000000 x4 : 0000000000000001',
      'pstate: 60000005 (nZCv daif -PAN -UAO -TCO BTYPE=--)',
      'Workqueue: events moom_callback',
      '[O]=OOT_MODULE, [E]=UNSIGNED_MODULE',
      ' ffff880182272f10 00000000021dcb0a ffff880418207938 ffffffff816861ac',
      '0000000000000000 ffff880070611a00',
      '---[ end trace 1a2b3c4d5e6f7a8b ]---',
    ])
      expect(isStackNoise(line), line).toBe(true);
  });

  it('recognises every register and block the dump may start a line with (each first character)', () => {
    for (const line of [
      'EIP: 0060:[<c01408cb>] EFLAGS: 00010246 CPU: 0',
      'ESP: 002b:00000000bfc3e4f0',
      'ORIG_RAX: 0000000000000001',
      'CS:  0010 DS: 0000 ES: 0000 CR0: 0000000080050033',
      'DS:  0000 ES: 0000',
      'DR0: 0000000000000000 DR1: 0000000000000000',
      'SS: 0018',
      'CR2: 00007f5ba27c6d45 CR3: 000000010a7f2000',
      'GS:  0000',
      'PKRU: 55555554',
      'Stack:',
      'Modules linked in: xt_conntrack nf_nat',
      ' r7:600e0013 r6:c08f8ab8 r5:00000000 r4:c0b5a4e8',
      'a0b1c2d3 e4f5a6b7',
    ])
      expect(isStackNoise(line), line).toBe(true);
  });

  it('leaves report lines alone', () => {
    for (const line of [
      'Mem-Info:',
      'Call Trace:',
      ' dump_stack+0x63/0x88',
      'CPU: 1 PID: 10242 Comm: nginx Not tainted 3.13.0-86-generic #130-Ubuntu',
      'Hardware name: Xen HVM domU, BIOS 4.0.1 12/16/2014',
      'active_anon:221 inactive_anon:14331 isolated_anon:0',
      '0 pages HighMem/MovableOnly',
      '2097054 pages RAM',
      '[  355]     0   355     4868       66      13        0             0 upstart-udev-br',
      'Free swap  = 0kB',
      '',
    ])
      expect(isStackNoise(line), line).toBe(false);
  });
});

describe('parseFrameList (x86_64 up to 2.6.15: several frames a line)', () => {
  it('reads the frames after the header, with a module and an address kallsyms could not name', () => {
    expect(
      parseFrameList('Call Trace:<ffffffff8015f1a1>{out_of_memory+50} <ffffffffa00ba2c1>{:ext3:ext3_readpage+17}', 4),
    ).toEqual([
      { symbol: 'out_of_memory+50', unreliable: false, module: null, line: 4 },
      { symbol: 'ext3_readpage+17', unreliable: false, module: 'ext3', line: 4 },
    ]);
    expect(
      parseFrameList(
        '       <ffffffff801618bc>{__alloc_pages+556} [<ffffffff80123456>] <ffffffff8010e2a6>{system_call+126}',
        5,
      ),
    ).toEqual([
      { symbol: '__alloc_pages+556', unreliable: false, module: null, line: 5 },
      { symbol: '0xffffffff80123456', unreliable: false, module: null, line: 5 },
      { symbol: 'system_call+126', unreliable: false, module: null, line: 5 },
    ]);
    expect(parseFrameList('Call Trace: <ffffffff8015f1a1>{out_of_memory+50}', 1)).toHaveLength(1);
  });

  it('takes only whole lines of such frames', () => {
    expect(parseFrameList('Call Trace:', 1)).toBeNull();
    expect(parseFrameList('[<ffffffff80123456>]', 1)).toBeNull(); // the start of a wrapped later-era frame
    expect(parseFrameList('<ffffffff8015f1a1>{out_of_memory+50} trailing words', 1)).toBeNull();
    expect(parseFrameList('<ffffffff8015f1a1>{out_of_mem', 1)).toBeNull(); // cut by a wrap
    expect(parseFrameList(' [<ffffffff816861ac>] dump_stack+0x19/0x1b', 1)).toBeNull();
  });
});

describe('2.6.2x frames rewritten by sysklogd', () => {
  it('keeps the kernel’s own symbol after the bracketed guess, with or without a module prefix', () => {
    expect(parseStackFrame(' [oom_kill_process+0x10a/0x120] oom_kill_process+0x10a/0x120', 3)).toEqual({
      symbol: 'oom_kill_process+0x10a/0x120',
      unreliable: false,
      module: null,
      line: 3,
    });
    expect(parseStackFrame(' [xfs:filemap_fault+0x2f2/0x530] filemap_fault+0x2f2/0x420', 9)?.symbol).toBe(
      'filemap_fault+0x2f2/0x420',
    );
  });
});
