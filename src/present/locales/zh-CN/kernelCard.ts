import type { Catalogue } from '../types';
import type { kernelCard as en } from '../en/kernelCard';

export const kernelCard: Catalogue<typeof en> = {
  title: '内核与硬件',
  kernel: '内核',
  unknown: '未知',
  tainted: 'Tainted',
  notTainted: '未被污染（not tainted）',
  cpuLine: 'CPU / PID / comm',
  uid: '（uid {uid}）',
  hardware: '硬件',
  cpuset: 'cpuset',
  none: '这份报告没有标明内核的 CPU/PID 行。',
  callTrace: '调用栈',
  traceLabel: '调用栈，最内层的帧在前',
  noTrace: '这份报告没有调用栈。',
  role: { oom: 'OOM killer', alloc: '分配器', caller: '调用者' },
};
