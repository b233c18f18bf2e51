/** Findings about how the OOM ended: a panic, nobody to kill, a SysRq request, a whole cgroup killed. */
import { panicReason } from '../headline';
import { type Rule, finding } from './context';

/**
 * vm.panic_on_oom: 1 panics on system-wide OOMs only ("system-wide panic_on_oom is enabled"); 2 panics on
 * every OOM, cgroup and cpuset ones included ("compulsory panic_on_oom is enabled": mm/oom_kill.c
 * check_panic_on_oom, called from mem_cgroup_oom_synchronize for memcg OOMs on 3.x).
 */
export const panicOnOom: Rule = ({ event, facts }) => {
  const message = event.panic?.message ?? '';
  if (!event.panic || !/panic_on_oom/i.test(message)) return null;
  const compulsory = /compulsory/i.test(message);
  const usableFree = event.zones.reduce((s, z) => s + z.freeKb, 0);
  return finding(
    'panic-on-oom',
    'critical',
    {
      mode: compulsory ? 'compulsory' : 'system-wide',
      scope: facts.scope,
      freeKb: event.zones.length > 0 ? usableFree : null,
      message: panicReason(message),
    },
    [event.panic.line, ...(compulsory ? facts.scopeLines : [])],
  );
};

export const noKillableProcess: Rule = ({ event, facts }) => {
  const panicSays = event.panic !== null && /no killable process|deadlocked on memory/i.test(event.panic.message);
  if (!event.noKillable && !panicSays) return null;
  const rows = event.tasks?.tasks.length ?? null;
  return finding('no-killable-process', 'critical', { scope: facts.scope, rows, panicked: event.panic ? 1 : 0 }, [
    event.panic?.line,
    event.tasks?.headerLine,
    event.lastLine,
  ]);
};

export const sysrqManual: Rule = ({ event, facts }) => {
  if (facts.scope !== 'sysrq') return null;
  return finding('sysrq-manual', 'info', { comm: event.trigger?.comm ?? null, pid: facts.invoker.pid }, [
    event.trigger?.line,
    ...facts.scopeLines,
  ]);
};

/** Members named in a group finding's text; the rest are counted. */
const GROUP_NAMED = 5;

export const oomGroupKill: Rule = ({ event }) => {
  const group = event.oomGroup;
  if (!group) return null;
  // The victim itself may be listed again among the group's kills.
  const others = group.killed.filter((k) => k.pid !== event.victim?.pid);
  const named = others.slice(0, GROUP_NAMED);
  return finding(
    'oom-group-kill',
    'info',
    {
      path: group.path,
      victimComm: event.victim?.comm ?? null,
      victimPid: event.victim?.pid ?? null,
      count: others.length,
      moreCount: Math.max(0, others.length - GROUP_NAMED),
    },
    [group.line, ...named.map((k) => k.line)],
    named.map((k) => ({ comm: k.comm, pid: k.pid })),
  );
};
