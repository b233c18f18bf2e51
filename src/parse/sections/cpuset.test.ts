import { describe, expect, it } from 'vitest';
import { parseCpuset } from './cpuset';

describe('parseCpuset', () => {
  it('reads the root cpuset on RHEL7 3.10', () => {
    expect(parseCpuset('sed cpuset=/ mems_allowed=0-1', 4)).toEqual({ name: '/', memsAllowed: '0-1', line: 4 });
  });

  it('reads a docker cpuset named by a long hex id (3.13 Ubuntu)', () => {
    const c = parseCpuset(
      'nginx cpuset=6011a7f12bac1c4592ce41407bb41d49836197001a0e355f5a1d9589e4001e42 mems_allowed=0',
      2,
    );
    expect(c?.name).toBe('6011a7f12bac1c4592ce41407bb41d49836197001a0e355f5a1d9589e4001e42');
    expect(c?.memsAllowed).toBe('0');
  });

  it('keeps a comm with spaces out of the name', () => {
    expect(parseCpuset('VM Monitoring Task cpuset=/ mems_allowed=0-1', 1)).toMatchObject({
      name: '/',
      memsAllowed: '0-1',
    });
  });

  it('reads a 2.6.32 line with a comma mems list', () => {
    expect(parseCpuset('mysqld cpuset=/ mems_allowed=0,2', 1)?.memsAllowed).toBe('0,2');
  });

  it('keeps the name of a line cut before mems_allowed (3.16+ pr_cont)', () => {
    expect(parseCpuset('java cpuset=app', 1)).toEqual({ name: 'app', memsAllowed: null, line: 1 });
  });

  it('does not match the 5.0+ constraint line or prose', () => {
    expect(
      parseCpuset(
        'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task=x,pid=1,uid=0',
        1,
      ),
    ).toBeNull();
    expect(parseCpuset('cpuset=/ mems_allowed=0', 1)).toBeNull();
    expect(parseCpuset('sed cpuset=/ mems_allowed=0 and more', 1)).toBeNull();
  });
});
