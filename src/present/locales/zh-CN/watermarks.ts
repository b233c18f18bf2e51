import type { Catalogue } from '../types';
import type { watermarks as en } from '../en/watermarks';

export const watermarks: Catalogue<typeof en> = {
  title: 'Zone 水位',
  none: '这份报告没有各 zone 的行。',
  intro:
    '分配器要求空闲内存高于 min 水位，再加上保护低端 zone 不被这次请求占用的 lowmem_reserve。条形是空闲内存；红色条形是这次请求可用、但没有通过检查的 zone。',
  exactKb: '算式和表格使用内核打印的原始数值，单位 kB（1 kB = 1024 字节）；坐标轴使用 KiB、MiB 和 GiB。',
  zone: 'Node {node} {zone}',
  tableToggle: '以表格显示水位数值',
  caption: '各 zone 的空闲内存与水位，单位为内核打印的 kB',
  col: {
    zone: 'Zone',
    free: 'free',
    min: 'min',
    low: 'low',
    high: 'high',
    reserve: '保留（lowmem_reserve）',
    verdict: '结论',
  },
};
