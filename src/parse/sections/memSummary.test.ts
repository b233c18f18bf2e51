import { describe, expect, it } from 'vitest';
import { isIgnoredSummaryLine, parseHugepages, parseSummaryLine } from './memSummary';

describe('parseHugepages', () => {
  it('reads 2 MB and 1 GB pools on two nodes (RHEL7)', () => {
    expect(
      parseHugepages('Node 1 hugepages_total=4 hugepages_free=1 hugepages_surp=0 hugepages_size=1048576kB', 8),
    ).toEqual({
      node: 1,
      total: 4,
      free: 1,
      surplus: 0,
      sizeKb: 1048576,
      line: 8,
    });
    expect(
      parseHugepages('Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB', 1)?.sizeKb,
    ).toBe(2048);
  });
  it('refuses cut and other lines', () => {
    expect(parseHugepages('Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_si', 1)).toBeNull();
    expect(parseHugepages('Node 0 DMA: 1*4kB (U) = 4kB', 1)).toBeNull();
  });
});

describe('parseSummaryLine', () => {
  it('reads every summary key (6.1 Arch, 3.13 Ubuntu)', () => {
    expect(parseSummaryLine('44659 total pagecache pages')).toEqual({ key: 'pagecachePages', value: 44659 });
    expect(parseSummaryLine('24863 pages in swap cache')).toEqual({ key: 'swapCachePages', value: 24863 });
    expect(parseSummaryLine('Free swap  = 84kB')).toEqual({ key: 'freeSwapKb', value: 84 });
    expect(parseSummaryLine('Total swap = 25165820kB')).toEqual({ key: 'totalSwapKb', value: 25165820 });
    expect(parseSummaryLine('4115400 pages RAM')).toEqual({ key: 'ramPages', value: 4115400 });
    expect(parseSummaryLine('0 pages HighMem/MovableOnly')).toEqual({ key: 'highmemPages', value: 0 });
    expect(parseSummaryLine('97082 pages reserved')).toEqual({ key: 'reservedPages', value: 97082 });
    expect(parseSummaryLine('0 pages cma reserved')).toEqual({ key: 'cmaReservedPages', value: 0 });
    expect(parseSummaryLine('0 pages hwpoisoned')).toEqual({ key: 'hwpoisonedPages', value: 0 });
  });

  it('maps the old `pages HighMem` (2.6.32 32-bit) to highmemPages', () => {
    expect(parseSummaryLine('236526 pages HighMem')).toEqual({ key: 'highmemPages', value: 236526 });
  });

  it('reads the ≤2.6.2x per-arch show_mem spellings', () => {
    expect(parseSummaryLine('Free swap:       1945284kB')).toEqual({ key: 'freeSwapKb', value: 1945284 });
    expect(parseSummaryLine('131056 pages of RAM')).toEqual({ key: 'ramPages', value: 131056 });
    expect(parseSummaryLine('0 pages of HIGHMEM')).toEqual({ key: 'highmemPages', value: 0 });
    expect(parseSummaryLine('2193 reserved pages')).toEqual({ key: 'reservedPages', value: 2193 });
  });

  it('tolerates an indent and a squeezed Free swap', () => {
    expect(parseSummaryLine(' Free swap = 0kB')?.key).toBe('freeSwapKb');
  });

  it('refuses cut, ignored and unrelated lines', () => {
    for (const line of [
      '2273 total pagecache',
      'Free swap  = ',
      '100 pages shared',
      'Swap cache stats: add 0, delete 0, find 0/0',
      'pages RAM',
      '',
    ]) {
      expect(parseSummaryLine(line), line).toBeNull();
    }
  });
});

describe('isIgnoredSummaryLine', () => {
  it('knows swap-cache stats of every era and the old show_mem lines', () => {
    expect(isIgnoredSummaryLine('Swap cache stats: add 31260615, delete 31249273, find 295999950/297583545')).toBe(
      true,
    );
    expect(isIgnoredSummaryLine('Swap cache: add 0, delete 0, find 0/0, race 0+0')).toBe(true);
    expect(isIgnoredSummaryLine('61845 pages shared')).toBe(true);
    expect(isIgnoredSummaryLine('1965373 pages non-shared')).toBe(true);
    expect(isIgnoredSummaryLine('0 pages in pagetable cache')).toBe(true);
    expect(isIgnoredSummaryLine('4510 pages swap cached')).toBe(true);
    expect(isIgnoredSummaryLine('3390 free pages')).toBe(true);
    expect(isIgnoredSummaryLine('0 bounce buffer pages')).toBe(true);
    expect(isIgnoredSummaryLine('Total of 12 pages in page table cache')).toBe(true);
    expect(isIgnoredSummaryLine('Free pages:       13524kB (1664kB HighMem)')).toBe(true);
  });
  it('leaves modelled and unrelated lines alone', () => {
    expect(isIgnoredSummaryLine('0 pages in swap cache')).toBe(false);
    expect(isIgnoredSummaryLine('2097054 pages RAM')).toBe(false);
    expect(isIgnoredSummaryLine('Swap cache stats are great')).toBe(false);
  });
});
