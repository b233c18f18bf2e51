import { describe, expect, it } from 'vitest';
import { isPrerelease, keyOf, parseKernelVersion, upperKeyOf } from './version';

describe('parseKernelVersion', () => {
  it.each([
    ['3.10.0-514.6.1.el7.x86_64', 3, 10, 0, 'rhel7'],
    ['2.6.32-754.el6.x86_64', 2, 6, 32, 'rhel6'],
    ['4.18.0-305.el8.x86_64', 4, 18, 0, 'rhel8'],
    ['5.14.0-427.13.1.el9_4.x86_64', 5, 14, 0, 'rhel9'],
    ['3.13.0-86-generic', 3, 13, 0, 'ubuntu'],
    ['5.15.158-2-pve', 5, 15, 158, 'proxmox'],
    ['6.1.1-arch1-1', 6, 1, 1, 'arch'],
    ['6.5.0 #1-NixOS', 6, 5, 0, 'nixos'],
    ['4.18.0+', 4, 18, 0, null],
    ['6.11.0-10669-g11a299a7933e-dirty', 6, 11, 0, null],
  ])('%s', (raw, major, minor, patch, distro) => {
    expect(parseKernelVersion(raw)).toMatchObject({ major, minor, patch, distro });
  });
  it('returns null for nothing recognisable', () => {
    expect(parseKernelVersion(null)).toBeNull();
    expect(parseKernelVersion('unknown')).toBeNull();
  });
  it('orders versions numerically (2.6.39 < 3.0 < 3.10 < 4.4 < 4.10)', () => {
    const keys = ['2.6.39', '3.0', '3.10', '4.4', '4.10'].map(keyOf);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(upperKeyOf('4.9')).toBeGreaterThan(keyOf('4.9.337'));
    expect(upperKeyOf('2.6.30')).toBeLessThan(keyOf('2.6.31'));
  });
});

describe('isPrerelease', () => {
  it('-rc, -next and merge-window snapshots are pre-releases; vendor builds on a stable release are not', () => {
    expect(isPrerelease('4.4.0-rc6-next-20151222')).toBe(true);
    expect(isPrerelease('5.10.0-rc1-ga29bace5d3c0')).toBe(true);
    expect(isPrerelease('5.12.0-11533-ge7cb072eb988')).toBe(true);
    expect(isPrerelease('6.9.8-orbstack-00170-g7b4100b7ced4')).toBe(false);
    expect(isPrerelease('5.15.0-1041-azure')).toBe(false);
    expect(isPrerelease(null)).toBe(false);
  });
});
