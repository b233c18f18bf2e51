import { describe, expect, it } from 'vitest';
import { parseHardware, parseKernelInfo } from './kernelInfo';

describe('parseKernelInfo', () => {
  it('reads a 3.13 Ubuntu line', () => {
    expect(parseKernelInfo('CPU: 1 PID: 10242 Comm: nginx Not tainted 3.13.0-86-generic #130-Ubuntu', 3)).toEqual({
      version: '3.13.0-86-generic',
      build: '#130-Ubuntu',
      cpu: 1,
      pid: 10242,
      uid: null,
      comm: 'nginx',
      tainted: null,
      hardware: null,
      line: 3,
    });
  });

  it('reads the release after a RHEL taint run with letters among the dashes (3.10 vendor kernel)', () => {
    const info = parseKernelInfo(
      'CPU: 3 PID: 8284 Comm: DefSch0200 Tainted: G           O E ----V-------   3.10.0-229.42.1.105.x86_64 #1',
      3,
    );
    expect(info?.version).toBe('3.10.0-229.42.1.105.x86_64');
    expect(info?.tainted).toBe('G           O E ----V-------');
    expect(info?.build).toBe('#1');
  });
  it('reads a RHEL7 line with Kdump: loaded', () => {
    expect(
      parseKernelInfo('CPU: 4 PID: 29481 Comm: sed Kdump: loaded Not tainted 3.10.0-1160.el7.x86_64 #1', 1),
    ).toMatchObject({
      comm: 'sed',
      tainted: null,
      version: '3.10.0-1160.el7.x86_64',
      build: '#1',
    });
  });

  it('keeps positional taint letters and skips the 5.14+ build id (6.1 Arch)', () => {
    const k = parseKernelInfo(
      'CPU: 3 PID: 473206 Comm: doxygen Tainted: G           OE      6.1.1-arch1-1 #1 9bd09188b430be630e611f984454e4f3c489be77',
      1,
    );
    expect(k).toMatchObject({
      cpu: 3,
      pid: 473206,
      comm: 'doxygen',
      tainted: 'G           OE',
      version: '6.1.1-arch1-1',
      build: '#1',
      hardware: null,
    });
  });

  it('reads a Proxmox 5.15 proprietary taint', () => {
    expect(
      parseKernelInfo('CPU: 8 PID: 3923954 Comm: php-fpm Tainted: P           O      5.15.158-2-pve #1', 1),
    ).toMatchObject({
      tainted: 'P           O',
      version: '5.15.158-2-pve',
    });
  });

  it('reads a W/O taint with trailing spaces (4.x)', () => {
    expect(
      parseKernelInfo('CPU: 0 PID: 1 Comm: init Tainted: G        W  O     4.4.0-21-generic #37-Ubuntu', 1),
    ).toMatchObject({
      tainted: 'G        W  O',
      version: '4.4.0-21-generic',
      build: '#37-Ubuntu',
    });
  });

  it('reads the 6.11+ UID field and a dirty release', () => {
    expect(
      parseKernelInfo('CPU: 1 UID: 0 PID: 116 Comm: stress-ng-vm Not tainted 6.11.0-10669-g11a299a7933e-dirty #15', 1),
    ).toMatchObject({
      cpu: 1,
      uid: 0,
      pid: 116,
      comm: 'stress-ng-vm',
      version: '6.11.0-10669-g11a299a7933e-dirty',
      build: '#15',
    });
  });

  it('ignores the 6.15+ preemption model', () => {
    expect(
      parseKernelInfo('CPU: 3 UID: 1000 PID: 4242 Comm: x Not tainted 6.16.0 #1 PREEMPT(voluntary) ', 1),
    ).toMatchObject({
      uid: 1000,
      version: '6.16.0',
      build: '#1',
      hardware: null,
    });
  });

  it('keeps a comm with spaces and a NixOS build', () => {
    expect(
      parseKernelInfo('CPU: 4 PID: 29481 Comm: VM Monitoring Task Not tainted 3.10.0-514.6.1.el7.x86_64 #1', 1)?.comm,
    ).toBe('VM Monitoring Task');
    expect(parseKernelInfo('CPU: 10 PID: 492129 Comm: tee Not tainted 6.5.0 #1-NixOS', 1)?.build).toBe('#1-NixOS');
  });

  it('reads the 2.6.32 / RHEL6 Pid: line', () => {
    expect(parseKernelInfo('Pid: 13433, comm: mysqld Not tainted 2.6.32-22-server #33-Ubuntu', 1)).toMatchObject({
      cpu: null,
      pid: 13433,
      comm: 'mysqld',
      tainted: null,
      version: '2.6.32-22-server',
      build: '#33-Ubuntu',
    });
  });

  it('reads a RHEL6 taint with dashes and a trailing DMI name', () => {
    expect(
      parseKernelInfo(
        'Pid: 1701, comm: java Tainted: P           ---------------    2.6.32-358.el6.x86_64 #1 Dell Inc. PowerEdge R610/0F0XJ6',
        1,
      ),
    ).toMatchObject({
      tainted: 'P           ---------------',
      version: '2.6.32-358.el6.x86_64',
      build: '#1',
      hardware: 'Dell Inc. PowerEdge R610/0F0XJ6',
    });
  });

  it('keeps what it can of a cut line', () => {
    expect(parseKernelInfo('CPU: 2 PID: 77 Comm: kswapd0', 1)).toMatchObject({
      cpu: 2,
      pid: 77,
      comm: 'kswapd0',
      version: null,
      tainted: null,
    });
    expect(parseKernelInfo('CPU: 2 PID: 77 Comm: kswapd0 Tainted: G   ', 1)).toMatchObject({
      tainted: 'G',
      version: null,
    });
    expect(parseKernelInfo('CPU: 2 PID: 77 Comm: kswapd0 Tainted:', 1)).toMatchObject({
      comm: 'kswapd0',
      tainted: null,
      version: null,
    });
    expect(parseKernelInfo('CPU: 2 PID: 77 Comm: a Not tainted 5.4.0', 1)).toMatchObject({
      version: '5.4.0',
      build: null,
    });
  });

  it('rejects other CPU lines', () => {
    expect(parseKernelInfo('CPU    0: hi:    0, btch:   1 usd:   0', 1)).toBeNull();
    expect(parseKernelInfo('CPU: 0 is up', 1)).toBeNull();
    expect(parseKernelInfo('Pid: abc', 1)).toBeNull();
  });
});

describe('parseHardware', () => {
  it('returns the DMI string', () => {
    expect(parseHardware('Hardware name: HP ProLiant DL385 G7, BIOS A18 12/08/2012')).toBe(
      'HP ProLiant DL385 G7, BIOS A18 12/08/2012',
    );
    expect(parseHardware('Hardware name: linux,dummy-virt (DT)')).toBe('linux,dummy-virt (DT)');
  });
  it('cuts raw stack words glued onto the line by a bad copy (3.13 design-doc sample)', () => {
    const glued =
      'Hardware name: Xen HVM domU, BIOS 4.0.1 12/16/20140000000000000000 ffff880070611a00 ffffffff8172a3b4 ffff88012af6c8000000000000000000 ffff880070611a88';
    expect(parseHardware(glued)).toBe('Xen HVM domU, BIOS 4.0.1 12/16/2014');
  });
  it('rejects other lines and an empty name', () => {
    expect(parseHardware('Hardware name: ')).toBeNull();
    expect(parseHardware('Call Trace:')).toBeNull();
  });
});
