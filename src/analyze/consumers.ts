/**
 * Top memory consumers by process name. Forty nginx workers are one story, not forty rows, so tasks
 * sharing a name are grouped with their count and summed RSS. (RSS counts shared file pages in every
 * process that maps them, so a group's sum can exceed what it really pins.)
 */
import type { Task } from '../parse/model';
import type { ConsumerGroup } from './types';

export function groupByName(tasks: Task[], pageKb: number): ConsumerGroup[] {
  const groups = new Map<string, ConsumerGroup>();
  for (const task of tasks) {
    const group = groups.get(task.name) ?? { name: task.name, count: 0, rssKb: 0, pids: [] };
    group.count += 1;
    group.rssKb += task.rssPages * pageKb;
    group.pids.push(task.pid);
    groups.set(task.name, group);
  }
  return [...groups.values()].sort((a, b) => b.rssKb - a.rssKb || a.name.localeCompare(b.name));
}

export function totalRssKb(tasks: Task[], pageKb: number): number {
  return tasks.reduce((sum, t) => sum + t.rssPages * pageKb, 0);
}
