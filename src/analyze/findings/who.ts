/** Findings about who asked, who was chosen and who was killed. */
import { chosenIsNotTop } from '../badness';
import { type Rule, finding, triggerName, triggerPid } from './context';

/** The killed task: the kill line, else the 5.0+ constraint line (it names the task about to be killed). */
function killedTask(event: Parameters<Rule>[0]['event']): { pid: number; comm: string; line: number } | null {
  if (event.victim) return { pid: event.victim.pid, comm: event.victim.comm, line: event.victim.line };
  const c = event.constraint;
  return c && c.pid !== null ? { pid: c.pid, comm: c.task ?? `pid ${c.pid}`, line: c.line } : null;
}

export const triggerIsNotVictim: Rule = ({ event }) => {
  const asked = triggerPid(event);
  const victim = killedTask(event);
  if (asked === null || !victim || asked === victim.pid) return null;
  const name = triggerName(event) ?? 'the allocating task';
  const sysrq = event.kind === 'sysrq' || event.trigger?.order === -1;
  const killed = `${victim.comm} (pid ${victim.pid})`;
  const detail = sysrq
    ? `${name} (pid ${asked}) only carried out a SysRq-f request; the kernel killed ${killed}, chosen by its badness score.`
    : `${name} (pid ${asked}) invoked the OOM killer because its allocation could not be served; the kernel then killed ${killed}, chosen by its badness score. ${name} was most likely a bystander that happened to allocate when memory ran out: look at the victim and the largest consumers, not at the trigger.`;
  return finding(
    'trigger-is-not-victim',
    'warning',
    'The process that asked for memory is not the one killed',
    detail,
    [event.trigger?.line, event.kernel?.line, victim.line],
  );
};

export const sacrificedChild: Rule = ({ event }) => {
  const { selection, victim } = event;
  if (!selection || !victim || selection.pid === victim.pid) return null;
  return finding(
    'sacrificed-child',
    'info',
    'A child was killed instead of the selected process',
    `The kernel selected ${selection.comm} (pid ${selection.pid}${selection.score !== null ? `, score ${selection.score}` : ''}) but killed ${victim.comm} (pid ${victim.pid}): before 5.1 it preferred to sacrifice a child with its own memory over the selected parent.`,
    [selection.line, victim.line],
  );
};

/** Members named in a group finding's text; the rest are counted. */
const GROUP_NAMED = 5;

export const oomGroupKill: Rule = ({ event }) => {
  const group = event.oomGroup;
  if (!group) return null;
  // The victim itself may be listed again among the group's kills.
  const others = group.killed.filter((k) => k.pid !== event.victim?.pid);
  const named = others.slice(0, GROUP_NAMED).map((k) => `${k.comm} (pid ${k.pid})`);
  if (others.length > GROUP_NAMED) named.push(`${others.length - GROUP_NAMED} more`);
  const victim = event.victim ? `${event.victim.comm} (pid ${event.victim.pid})` : 'the victim';
  return finding(
    'oom-group-kill',
    'info',
    `The victim's whole cgroup was killed with it (memory.oom.group)`,
    `memory.oom.group is set on ${group.path}, so after ${victim} the kernel killed every other task in that cgroup (except any with oom_score_adj -1000)${others.length ? `: ${named.join(', ')}` : ', and none was left to kill'}. On cgroup v2 the kubelet sets it on every container since Kubernetes 1.28, so one process over the limit restarts the whole container; the kubelet option singleProcessOOMKill turns that off.`,
    [group.line, ...others.slice(0, GROUP_NAMED).map((k) => k.line)],
  );
};

export const victimNotTopScore: Rule = ({ badness }) => {
  if (!badness || !chosenIsNotTop(badness)) return null;
  const chosen = badness.tasks.find((t) => t.pid === badness.chosenPid)!;
  const top = badness.tasks.find((t) => t.pid === badness.topPid)!;
  const close = (top.points ?? 0) - (chosen.points ?? 0) <= Math.max(1, (top.points ?? 0) * 0.02);
  return finding(
    'victim-not-top-score',
    close ? 'info' : 'warning',
    'The kernel did not choose the task with the highest recomputed score',
    `Recomputed with ${badness.rule}, ${top.name} (pid ${top.pid}) scores ${top.points} pages (${top.score}‰) and ${chosen.name} (pid ${chosen.pid}) ${chosen.points} pages (${chosen.score}‰). ${badness.explanation}`,
    [chosen.line, top.line],
  );
};

export const sysrqManual: Rule = ({ event }) => {
  if (event.kind !== 'sysrq' && event.trigger?.order !== -1) return null;
  return finding(
    'sysrq-manual',
    'info',
    'The OOM killer was started by hand (SysRq-f)',
    `order=-1 marks an OOM kill forced through SysRq-f (echo f > /proc/sysrq-trigger or Alt+SysRq+f): no allocation failed, so the memory numbers show the state at that moment, not a shortage. ${event.trigger?.comm ?? 'A kernel worker'} only carried out the request.`,
    [event.trigger?.line],
  );
};

export const panicOnOom: Rule = ({ event }) => {
  if (!event.panic || !/panic_on_oom/i.test(event.panic.message)) return null;
  return finding(
    'panic-on-oom',
    'critical',
    'The kernel panicked instead of killing a process (panic_on_oom)',
    `vm.panic_on_oom is set, so running out of memory crashed the machine instead of killing a task: "${event.panic.message}". Set vm.panic_on_oom=0 to let the OOM killer pick a victim, or keep it if a reboot is the intended recovery.`,
    [event.panic.line],
  );
};

export const noKillableProcess: Rule = ({ event }) => {
  const panicSays = event.panic !== null && /no killable process/i.test(event.panic.message);
  if (!event.noKillable && !panicSays) return null;
  return finding(
    'no-killable-process',
    'critical',
    'No process could be killed',
    'Every candidate was unkillable (oom_score_adj −1000, kernel threads, init, or already dying), so the kernel could not free memory by killing. Global OOMs panic here; cgroup and SysRq OOMs just fail the allocation.',
    [event.panic?.line, event.lastLine],
  );
};
