import { describe, expect, it } from 'vitest';
import { prefixHosts, redactLines } from './redact';

const CID = 'a59e4e7d3090c04c6ce5a4b7a8bc85228eb9b96ac00b1284643a8c7c11dda661';
const CID2 = '25a38b5b8d556d7983d975577f5ac75ebbcfb4b269e6deaa0a0440c1ffc969ca';

describe('redactLines', () => {
  it('replaces each kind of identifier with a numbered placeholder, the same original with the same one', () => {
    const { lines, replacements } = redactLines([
      'Nov 20 10:03:01 web-7 kernel: java invoked oom-killer: gfp_mask=0x201da, order=0',
      'Nov 20 10:03:01 web-7 kernel: CPU: 3 PID: 42 Comm: java Not tainted 2.6.32.71 #1',
      'Nov 20 10:03:02 web-7 kernel: IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=10.1.2.3 DST=fe80::1ff:fe23:4567:890a',
      `Nov 20 10:03:02 web-7 kernel: oom-kill:constraint=CONSTRAINT_MEMCG,cpuset=docker-${CID}.scope,mems_allowed=0,oom_memcg=/system.slice/docker-${CID}.scope,task_memcg=/system.slice/docker-${CID}.scope,task=java,pid=42,uid=1000`,
      'Nov 20 10:03:02 web-7.example.com kernel: segfault in /home/alice/bin/java from 10.1.2.3 and 10.9.9.9',
    ]);
    expect(lines).toEqual([
      'Nov 20 10:03:01 host-1 kernel: java invoked oom-killer: gfp_mask=0x201da, order=0',
      'Nov 20 10:03:01 host-1 kernel: CPU: 3 PID: 42 Comm: java Not tainted 2.6.32.71 #1',
      'Nov 20 10:03:02 host-1 kernel: IN=eth0 OUT= MAC=mac-1 SRC=ip-1 DST=ip-2',
      'Nov 20 10:03:02 host-1 kernel: oom-kill:constraint=CONSTRAINT_MEMCG,cpuset=docker-container-1.scope,mems_allowed=0,oom_memcg=/system.slice/docker-container-1.scope,task_memcg=/system.slice/docker-container-1.scope,task=java,pid=42,uid=1000',
      'Nov 20 10:03:02 host-1 kernel: segfault in /home/user-1/bin/java from ip-1 and ip-3',
    ]);
    expect(replacements.map((r) => [r.kind, r.original, r.placeholder, r.count])).toEqual([
      ['host', 'web-7', 'host-1', 5],
      ['mac', '52:54:00:12:34:56:52:54:00:65:43:21:08:00', 'mac-1', 1],
      ['ip', '10.1.2.3', 'ip-1', 2],
      ['ip', 'fe80::1ff:fe23:4567:890a', 'ip-2', 1],
      ['container', CID, 'container-1', 3],
      ['ip', '10.9.9.9', 'ip-3', 1],
      ['user', 'alice', 'user-1', 1],
    ]);
    // Redacting again finds nothing: placeholders identify no one.
    expect(redactLines(lines).replacements).toEqual([]);
  });

  it('keeps kernel and BIOS versions, times and hex masks that only look like addresses', () => {
    const keep = [
      'CPU: 3 PID: 8284 Comm: DefSch0200 Tainted: G           O E ----V-------   3.10.0-229.42.1.105.x86_64 #1',
      'Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS rel-1.7.5.1-0-g8936dbb-20141113_115728 04/01/2014',
      '[Tue Apr 14 11:14:15 2020] Node 0 DMA32: 3*4kB (UM) 1*8kB (U) = 20kB',
      'RIP: 0033:0x7f3a2b1c4d5e Code: 48 8b 45 f8 c9 c3',
      'Linux version 4.18.0.1 (mockbuild@host) #1 SMP',
    ];
    expect(redactLines(keep).lines).toEqual(keep);
  });

  it('gives a pod one placeholder in both cgroup drivers, and hides every cgroup name that is not the fixed layout', () => {
    const { lines } = redactLines([
      'Memory cgroup stats for /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod5931aa75_4603_4e65_b552_7c71cf55cfb5.slice:',
      `oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-${CID2}.scope,mems_allowed=0,oom_memcg=/kubepods/burstable/pod5931aa75-4603-4e65-b552-7c71cf55cfb5,task_memcg=/kubepods/burstable/pod5931aa75-4603-4e65-b552-7c71cf55cfb5/${CID2},task=x,pid=1,uid=0`,
      'Task in /user.slice/user-1000.slice/session-2.scope killed as a result of limit of /lxc/39004',
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=x,pid=1,uid=0',
    ]);
    expect(lines).toEqual([
      'Memory cgroup stats for /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod-1.slice:',
      'oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-container-1.scope,mems_allowed=0,oom_memcg=/kubepods/burstable/pod-1,task_memcg=/kubepods/burstable/pod-1/container-1,task=x,pid=1,uid=0',
      'Task in /user.slice/cgroup-1/cgroup-2 killed as a result of limit of /lxc/cgroup-3',
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=x,pid=1,uid=0',
    ]);
  });

  it('finds hosts in every prefix style, and none where the prefix has no host', () => {
    expect(
      prefixHosts([
        'Apr 01 14:13:32 mysrv <kern.warning> kernel: x',
        'Jun 10 13:33:11 xx user.warn kernel: DMA free:3548kB',
        'Apr 01 14:13:32 other-srv: doxygen invoked oom-killer',
        '\tAug 25 18:21:35 test-a3-60-17 kernel: [<ffffffff816861cc>] dump_stack+0x19/0x1b',
        '2021-07-18T10:03:01.123456+00:00 iso.example.org kernel: x',
        'Jun 17 03:18:17 kernel: no host here',
        '[ 81.234289] DefSch0200 invoked oom-killer',
      ]).sort(),
    ).toEqual(['iso', 'iso.example.org', 'mysrv', 'other-srv', 'test-a3-60-17', 'xx'].sort());
  });

  it('puts a file name through the same placeholders', () => {
    const { also } = redactLines(['Nov 20 10:03:01 web-7 kernel: x'], ['web-7-messages.log', 'web-7.log']);
    expect(also).toEqual(['web-7-messages.log', 'host-1.log']);
  });
});
