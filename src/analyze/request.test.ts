import { describe, expect, it } from 'vitest';
import { describeRequest, formatKb, pageSizeOf, requestSize } from './request';
import { makeEvent, makeTrigger } from '../../test/support/analyzeTesting';

describe('requestSize', () => {
  it('turns order into pages and kB with the page size from the buddy lines', () => {
    const r = requestSize(makeEvent({ trigger: makeTrigger({ order: 3 }), pageSizeKb: 4 }));
    expect(r).toMatchObject({ order: 3, pages: 8, kb: 32 });
    expect(r?.pageSize.assumed).toBe(false);
  });

  it('uses 64 kB pages when the log shows them (arm64/ppc64)', () => {
    expect(requestSize(makeEvent({ trigger: makeTrigger({ order: 1 }), pageSizeKb: 64 }))?.kb).toBe(128);
  });

  it('assumes 4 kB when the page size is unknown, and says so', () => {
    const r = requestSize(makeEvent({ trigger: makeTrigger({ order: 0 }), pageSizeKb: null }));
    expect(r?.kb).toBe(4);
    expect(r?.pageSize.assumed).toBe(true);
    expect(describeRequest(r!)).toContain('assuming 4 kB pages');
  });

  it('has no request for SysRq (order -1) or an unknown order', () => {
    expect(requestSize(makeEvent({ trigger: makeTrigger({ order: -1 }) }))).toBeNull();
    expect(requestSize(makeEvent({ trigger: makeTrigger({ order: null }) }))).toBeNull();
    expect(requestSize(makeEvent())).toBeNull();
  });

  it('describes a THP-sized request', () => {
    const r = requestSize(makeEvent({ trigger: makeTrigger({ order: 9 }) }))!;
    expect(describeRequest(r)).toBe('order 9 = 512 pages = 2048 kB (2 MiB)');
  });
});

describe('helpers', () => {
  it('pageSizeOf ignores a nonsense page size', () => {
    expect(pageSizeOf(makeEvent({ pageSizeKb: 0 }))).toEqual({ kb: 4, assumed: true });
  });
  it('formatKb', () => {
    expect(formatKb(4)).toBe('4 kB');
    expect(formatKb(524288)).toBe('524288 kB (512 MiB)');
    expect(formatKb(8388604)).toBe('8388604 kB (8 GiB)');
  });
});
