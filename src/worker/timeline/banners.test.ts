import { describe, expect, it } from 'vitest';
import { findBanners } from './banners';

describe('findBanners', () => {
  it('finds kernel banners with their line numbers and stamps', () => {
    const chunk = [
      'rest of a line from the chunk before',
      '[    0.000000] Linux version 6.1.1-arch1-1 (linux@archlinux) (gcc (GCC) 12.2.0) #1 SMP PREEMPT_DYNAMIC',
      'Nov 22 11:09:03 host systemd[1]: Linux version check passed',
      'Nov 22 11:09:04 host kernel: Linux version 5.15.0-1041-azure (buildd@lcy02) #48-Ubuntu SMP',
      '',
    ].join('\n');
    expect(findBanners(chunk, 99)).toEqual([
      { line: 101, time: '[    0.000000]', uptime: 0 },
      { line: 103, time: 'Nov 22 11:09:04', uptime: null },
    ]);
  });

  it('finds nothing in a chunk without one', () => {
    expect(findBanners('a\nb\n', 0)).toEqual([]);
  });
});
