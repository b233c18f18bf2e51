import { describe, expect, it } from 'vitest';
import { formatParams } from './params';

describe('formatParams', () => {
  it('sizes by the key’s unit, percentages, plain pids, plural counts, selectable ids and presence flags', () => {
    expect(
      formatParams({
        freeKb: 25407776,
        kb: 4,
        pct: 62.5,
        pid: 183960,
        count: 3,
        invoker: 'kernel-thread',
        path: null,
        cmaKb: 0,
      }),
    ).toEqual({
      freeKb: '24.2 GiB',
      has_freeKb: '1',
      kb: '4 KiB',
      has_kb: '1',
      pct: '62.5%',
      has_pct: '1',
      pid: '183960',
      has_pid: '1',
      count: 3,
      has_count: '1',
      invoker: 'kernel-thread',
      sel_invoker: 'kernel_thread',
      has_invoker: '1',
      path: '—',
      sel_path: 'none',
      has_path: '0',
      cmaKb: '0 KiB',
      has_cmaKb: '0',
    });
  });
  it('exact kernel kB for arithmetic', () => {
    expect(formatParams({ leftKb: 61896 }, { exactKb: true }).leftKb).toBe('61,896 kB');
  });
});
