/** The few facts of an event the list's filters and the timeline's dots need (see EventPlace). Pure. */
import type { OomEvent } from '../../parse/model';
import type { EventPlace, TimeMark } from './types';

/**
 * Memory the victim held (anon + file + shmem rss, KiB) from its `Killed process` line; without one, its
 * task-table row (rss pages × the event's page size, when the buddy lines told the page size).
 */
export function victimKbOf(event: OomEvent): number | null {
  const v = event.victim;
  if (v && (v.anonRssKb !== null || v.fileRssKb !== null || v.shmemRssKb !== null))
    return (v.anonRssKb ?? 0) + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0);
  const pid = v?.pid ?? event.selection?.pid ?? event.constraint?.pid ?? null;
  const row = pid === null ? undefined : event.tasks?.tasks.find((t) => t.pid === pid);
  return row && event.pageSizeKb !== null ? row.rssPages * event.pageSizeKb : null;
}

/**
 * The cgroup to group kills by: for a cgroup OOM the one whose limit was hit (5.0+ `oom_memcg=`, older
 * `… as a result of limit of Y`), else the victim's own (`task_memcg=`, `Task in X`), without a trailing
 * container id: a container restarted after each kill gets a new id, while its pod keeps its path.
 */
export function cgroupOf(event: OomEvent): string | null {
  const c = event.constraint;
  const m = event.memcg;
  const limit = event.kind === 'memcg' ? c?.oomMemcg || m?.path : null;
  const path = limit || c?.taskMemcg || m?.taskPath || m?.path || c?.oomMemcg || null;
  return path === null ? null : withoutContainer(path);
}

/** `docker-<id>.scope`, `cri-containerd-<id>.scope`, `crio-<id>.scope`, a bare 64-hex id (cgroup v1 Docker/Kubernetes). */
const CONTAINER = /\/(?:(?:docker|cri-containerd|crio|libpod|containerd)-)?[0-9a-f]{12,64}(?:\.scope)?$/;

/** The path without its last segment when that segment is a container id; "/" stays "/". */
export function withoutContainer(path: string): string {
  const parent = path.replace(CONTAINER, '');
  return parent === '' ? path : parent;
}

export function placeOf(event: OomEvent, file: number, at: TimeMark): EventPlace {
  return { file, at, victimKb: victimKbOf(event), cgroup: cgroupOf(event) };
}
