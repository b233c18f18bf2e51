import { describe, expect, it } from 'vitest';
import { findingText } from './findings';
import { headlineText } from './headline';
import { translator } from './i18n';

const en = translator('en');
const zh = translator('zh-CN');

describe('findingText', () => {
  const thread = {
    id: 'trigger-thread-of-victim',
    severity: 'info' as const,
    lines: [3, 35],
    params: { threadPid: 11345, victimPid: 11344, comm: 'main', proven: 1 },
  };
  it('renders a finding from its id and params in English and Chinese, kernel names untouched', () => {
    expect(findingText(en, thread).detail).toContain('thread 11345 of the killed process');
    expect(findingText(zh, thread).title).toBe('申请内存的线程属于被杀的进程');
    expect(findingText(zh, thread).detail).toContain('被杀进程的线程 11345');
  });
  it('renders items (zone arithmetic in exact kB) and joins them per language', () => {
    const zone = {
      node: 0,
      zone: 'Normal',
      state: 'below',
      watermark: 'min',
      freeKb: 61900,
      markKb: 61948,
      reserveKb: 0,
      reserveColumn: 3,
      requestKb: 4,
      highatomicKb: 0,
      cmaKb: 0,
      leftKb: 61896,
      needKb: 61948,
    };
    const f = {
      id: 'zone-below-min',
      severity: 'critical' as const,
      lines: [44],
      params: {
        count: 1,
        usableCount: 3,
        allShort: 1,
        passingZones: null,
        fencedZones: 'Node 0 DMA, Node 0 DMA32',
        fencedCount: 2,
        watermark: 'min',
        targetZone: 'Movable',
        targetAssumed: 0,
        orderAssumed: 0,
        order: 0,
        pages: 1,
        requestKb: 4,
        pageSizeAssumed: 0,
        shortNodes: '0',
        discounted: 0,
      },
      items: [zone],
    };
    expect(findingText(en, f).detail).toContain(
      'Node 0 Normal: free 61,900 kB − request 4 kB = 61,896 kB, below min 61,948 kB.',
    );
    expect(findingText(en, f).detail).toContain('stayed out of reach behind their lowmem_reserve');
    expect(findingText(zh, f).detail).toContain('Node 0 Normal：空闲 61,900 kB');
  });
  it('an id the catalogue does not know shows the id, not a key path', () => {
    expect(findingText(en, { id: 'brand-new', severity: 'info', lines: [], params: {} })).toEqual({
      title: 'brand-new',
      detail: '',
    });
  });
});

describe('headlineText', () => {
  it('joins sentences with spaces in English and without in Chinese; nothing known says so', () => {
    const s = [
      { id: 'sysrq', params: {} },
      { id: 'no-killable', params: {} },
    ];
    expect(headlineText(en, s)).toBe(
      'The OOM killer was started by hand (SysRq-f); no allocation had failed. No process could be killed: every candidate was unkillable.',
    );
    expect(headlineText(zh, s)).toBe(
      'OOM killer 是手动启动的（SysRq-f）；没有任何分配失败。没有可杀的进程：所有候选都不可杀。',
    );
    expect(headlineText(en, [])).toBe('No diagnosis is available for this event yet.');
  });
});
