import type { Catalogue } from '../types';
import type { memcg as en } from '../en/memcg';

export const memcg: Catalogue<typeof en> = {
  title: '内存 cgroup',
  limitHitBy: '达到上限的 cgroup',
  victimCgroup: '被杀进程所在的 cgroup',
  unknown: '未知',
  usage: '已用 {used}，上限 {limit}{has_failcnt, select, 1 {，已达到上限 {failcnt} 次} other {}}',
  noLimit: '无上限',
  chart: '用量与上限',
  chartLabel: '用量与上限：{items}。',
  chartItem: '{name} {pct}（{usage}）',
  largestStats: '最大的几项统计{has_path, select, 1 {（{path}）} other {}}',
  statsCaption: '内存 cgroup 最大的几项统计',
  col: { stat: '统计项', size: '大小', cgroup: 'cgroup', rss: 'rss', cache: 'cache' },
  children: '下级 cgroup（{count}）',
  childrenCaption: '达到上限的 cgroup 之下各 cgroup 的内存',
  more: '以及另外 {count} 个更小的',
};
