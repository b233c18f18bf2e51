import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/support/model';
import { cgroupOf, victimKbOf, withoutContainer } from './place';
import type { ConstraintInfo, Victim } from '../../parse/model';

const victim = (v: Partial<Victim>): Victim => ({
  message: null,
  pid: 7,
  comm: 'java',
  totalVmKb: null,
  anonRssKb: null,
  fileRssKb: null,
  shmemRssKb: null,
  uid: null,
  pgtablesKb: null,
  oomScoreAdj: null,
  line: 9,
  ...v,
});

const constraint = (c: Partial<ConstraintInfo>): ConstraintInfo => ({
  constraint: 'CONSTRAINT_MEMCG',
  nodemask: null,
  cpuset: null,
  memsAllowed: null,
  globalOom: false,
  oomMemcg: null,
  taskMemcg: null,
  task: null,
  pid: null,
  uid: null,
  line: 8,
  ...c,
});

describe('victimKbOf', () => {
  it('adds the rss parts of the kill line', () => {
    expect(victimKbOf(makeEvent({ victim: victim({ anonRssKb: 100, fileRssKb: 20, shmemRssKb: 3 }) }))).toBe(123);
    expect(victimKbOf(makeEvent({ victim: victim({ anonRssKb: 100 }) }))).toBe(100);
  });

  it('falls back to the task-table row when the page size is known, else says nothing', () => {
    const tasks = { columns: [], headerLine: 1, elided: false, tasks: [{ pid: 7, rssPages: 10 } as never] };
    expect(victimKbOf(makeEvent({ victim: victim({}), tasks, pageSizeKb: 4 }))).toBe(40);
    expect(victimKbOf(makeEvent({ victim: victim({}), tasks, pageSizeKb: null }))).toBeNull();
    expect(victimKbOf(makeEvent({}))).toBeNull();
  });
});

describe('cgroupOf', () => {
  it('groups a cgroup OOM by the cgroup whose limit was hit, without a container id', () => {
    const c = constraint({
      oomMemcg: '/kubepods/pod-x',
      taskMemcg: '/kubepods/pod-x/cri-containerd-0123456789abcdef.scope',
    });
    expect(cgroupOf(makeEvent({ kind: 'memcg', constraint: c }))).toBe('/kubepods/pod-x');
    const container = constraint({ oomMemcg: '/docker/' + 'a'.repeat(64) });
    expect(cgroupOf(makeEvent({ kind: 'memcg', constraint: container }))).toBe('/docker');
  });

  it('groups a global OOM by the victim’s cgroup', () => {
    const c = constraint({ constraint: 'CONSTRAINT_NONE', taskMemcg: '/system.slice/mysql.service', oomMemcg: '/' });
    expect(cgroupOf(makeEvent({ kind: 'global', constraint: c }))).toBe('/system.slice/mysql.service');
    expect(cgroupOf(makeEvent({ kind: 'global' }))).toBeNull();
  });

  it('keeps paths that end in no container id', () => {
    expect(withoutContainer('/')).toBe('/');
    expect(withoutContainer('/user.slice/user-1000.slice')).toBe('/user.slice/user-1000.slice');
  });
});
