import { describe, expect, it } from 'vitest';
import { parseConstraint } from './constraint';

describe('parseConstraint', () => {
  it('5.x global OOM with cpuset and task_memcg', () => {
    const c = parseConstraint(
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/user.slice/user-504.slice/session-2.scope,task=doxygen,pid=473206,uid=504',
      21,
    );
    expect(c).toEqual({
      constraint: 'CONSTRAINT_NONE',
      nodemask: '(null)',
      cpuset: '/',
      memsAllowed: '0',
      globalOom: true,
      oomMemcg: null,
      taskMemcg: '/user.slice/user-504.slice/session-2.scope',
      task: 'doxygen',
      pid: 473206,
      uid: 504,
      line: 21,
    });
  });

  it('6.5 memcg OOM: oom_memcg and task_memcg, task name with spaces', () => {
    const path = '/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-thunderbird-265606.scope';
    const c = parseConstraint(
      `oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=user.slice,mems_allowed=0,oom_memcg=${path},task_memcg=${path},task=Isolated Web Co,pid=265856,uid=1000`,
      1,
    );
    expect(c).toMatchObject({
      constraint: 'CONSTRAINT_MEMCG',
      cpuset: 'user.slice',
      globalOom: false,
      oomMemcg: path,
      taskMemcg: path,
      task: 'Isolated Web Co',
      pid: 265856,
      uid: 1000,
    });
  });

  it('empty constraint (`constraint=,`) and no cpuset (CONFIG_CPUSETS off)', () => {
    const c = parseConstraint(
      'oom-kill:constraint=,nodemask=(null),oom_memcg=/x,task_memcg=/x/y,task=a,pid=1,uid=0',
      1,
    );
    expect(c).toMatchObject({
      constraint: '',
      cpuset: null,
      memsAllowed: null,
      oomMemcg: '/x',
      taskMemcg: '/x/y',
      task: 'a',
      pid: 1,
      uid: 0,
    });
  });

  it('node lists with commas and a mempolicy constraint', () => {
    const c = parseConstraint(
      'oom-kill:constraint=CONSTRAINT_MEMORY_POLICY,nodemask=0-1,3,cpuset=/,mems_allowed=0-3,global_oom,task_memcg=/,task=db,pid=9,uid=27',
      1,
    );
    expect(c).toMatchObject({
      constraint: 'CONSTRAINT_MEMORY_POLICY',
      nodemask: '0-1,3',
      memsAllowed: '0-3',
      globalOom: true,
      task: 'db',
    });
  });

  it('task names containing commas or `=`: pid/uid come from the end', () => {
    const c = parseConstraint(
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),global_oom,task_memcg=/,task=a,b=c,pid=2,uid=3,pid=44,uid=55',
      1,
    );
    expect(c).toMatchObject({ task: 'a,b=c,pid=2,uid=3', pid: 44, uid: 55, globalOom: true });
  });

  it('5.0 global OOM without task_memcg', () => {
    expect(
      parseConstraint(
        'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task=x,pid=5,uid=0',
        1,
      ),
    ).toMatchObject({
      taskMemcg: null,
      task: 'x',
      pid: 5,
    });
  });

  it('cut lines keep only what is complete', () => {
    const head =
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=stress-ng-vm';
    expect(parseConstraint(`${head},pid=116,uid=0`, 1)).toMatchObject({ task: 'stress-ng-vm', pid: 116, uid: 0 });
    expect(parseConstraint(`${head},pid=116,uid=`, 1)).toMatchObject({ task: 'stress-ng-vm', pid: 116, uid: null });
    expect(parseConstraint(`${head},pid=11`, 1)).toMatchObject({ task: 'stress-ng-vm', pid: null, uid: null });
    expect(parseConstraint(`${head},pi`, 1)).toMatchObject({ task: 'stress-ng-vm', pid: null });
    expect(parseConstraint(`${head}`, 1)).toMatchObject({ task: 'stress-ng-vm', pid: null });
    expect(parseConstraint('oom-kill:constraint=CONSTRAINT_NONE,nodemask=(nu', 1)).toMatchObject({
      constraint: 'CONSTRAINT_NONE',
      nodemask: '(nu',
      task: null,
    });
  });

  it('rejects other lines', () => {
    expect(
      parseConstraint('oom_reaper: reaped process 1 (x), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB', 1),
    ).toBeNull();
    expect(parseConstraint('leaker cpuset=/ mems_allowed=0', 1)).toBeNull();
    expect(parseConstraint('oom-kill:', 1)).toBeNull();
  });
});

describe('a vendor backport without the constraint key', () => {
  it('reads `oom-kill:,cpuset=…,oom_memcg=…` with an empty constraint (3.10 k8s kernel)', () => {
    const c = parseConstraint(
      'oom-kill:,cpuset=bbd5,mems_allowed=0-1,oom_memcg=/kubepods/burstable/pod6c43,task_memcg=/kubepods/burstable/pod6c43/bbd5,task=runc:[2:INIT],pid=12800,uid=0',
      32,
    );
    expect(c).toMatchObject({
      constraint: '',
      cpuset: 'bbd5',
      memsAllowed: '0-1',
      oomMemcg: '/kubepods/burstable/pod6c43',
      taskMemcg: '/kubepods/burstable/pod6c43/bbd5',
      task: 'runc:[2:INIT]',
      pid: 12800,
      uid: 0,
    });
    expect(parseConstraint('oom-kill: something else', 1)).toBeNull();
  });
});
