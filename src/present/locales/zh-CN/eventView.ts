import type { Catalogue } from '../types';
import type { eventView as en } from '../en/eventView';

export const eventView: Catalogue<typeof en> = {
  sections: '这个事件的各个视图',
  section: {
    summary: '摘要',
    memcg: 'cgroup',
    zones: '水位',
    buddy: '空闲块',
    gfp: 'gfp 标志',
    tasks: '任务',
    mem: '内存',
    kernel: '内核',
    findings: '发现',
  },
  missing: '这份报告中没有：{list}。',
  missingName: {
    zones: 'zone 水位',
    buddy: '各 order 的空闲块',
    gfp: '分配请求',
    tasks: '任务表',
    mem: 'Mem-Info',
    kernel: '内核与调用栈',
  },
  listSeparator: '、',
  sourceAside: '原始日志行',
  resize: '原始日志面板的宽度',
};
