import type { Catalogue } from '../types';
import type { memory as en } from '../en/memory';

export const memory: Catalogue<typeof en> = {
  title: '当时的内存',
  none: '这份报告没有可用于核算内存的 Mem-Info 块。',
  chart: '内存的去向',
  chartLabel: '内存的去向：{items}。',
  chartItem: '{label} {size}',
  caption: '内存的去向',
  col: { kind: '类别', size: '大小', line: '行' },
  consumers: '占用最多的进程',
  consumersHelp: '任务表中各进程的常驻内存（rss），按进程名相加。',
  consumer: '{name}{count, plural, =1 {} other { ×#}}：{size}',
  swap: 'Swap',
  noSwap: '没有配置 swap。',
  swapUsed: '已用 {used}，共 {total}（空闲 {free}）。',
  swapUnknown: '这份报告没有显示 swap。',
  pageCounts: '页数统计',
  pageCountsHelp: '内核自己打印的页数行（每页 {pageKb}）。',
  pageLine: {
    ramPages: '内存 {count, number} 页（pages RAM）',
    highmemPages: 'HighMem/MovableOnly {count, number} 页',
    reservedPages: '保留 {count, number} 页（pages reserved）',
    cmaReservedPages: 'CMA 保留 {count, number} 页（pages cma reserved）',
    hwpoisonedPages: '硬件损坏 {count, number} 页（pages hwpoisoned）',
    pagecachePages: '页缓存共 {count, number} 页（total pagecache pages）',
    swapCachePages: 'swap 缓存中 {count, number} 页（pages in swap cache）',
  },
};
