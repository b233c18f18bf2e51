/**
 * The 5.0+ one-line OOM summary (docs/kernel/oom-report.md §3b, `dump_oom_summary`):
 *   oom-kill:constraint=%s,nodemask=%*pbl[,cpuset=..,mems_allowed=..],global_oom|oom_memcg=..
 *            [,task_memcg=..],task=%s,pid=%d,uid=%d
 * It is not a clean key=value list: node lists print as `0-1,3` (commas), and the task name is
 * raw comm text that may hold `,` or `=`. So pid/uid are taken from the end, the task name is
 * everything between `,task=` and them, and the head is split only at commas that start a known key.
 */
import type { ConstraintInfo } from '../model';

/**
 * `constraint=` first (upstream), or — a vendor 3.10 backport (RHEL7-based k8s kernel) — no constraint key at all,
 * the head starting with its first field: `oom-kill:,cpuset=…,mems_allowed=…,oom_memcg=…`. Its constraint is "".
 */
const LINE =
  /^oom-kill:(?:constraint=(.*)|(,(?:nodemask|cpuset|mems_allowed|oom_memcg|task_memcg|task)=.*|,global_oom(?:,.*)?))$/;
/**
 * pid/uid are the last two fields. On a line cut inside them, only what is provably complete is
 * kept: pid counts only when `,uid` follows it, and the cut `,pid=…` debris never joins the name.
 */
const TAIL = /,pid(?:=(-?\d*)(,u?i?d?(?:=(\d*))?)?)?\s*$/;
/** Commas that begin the next known head field (node lists like `0-1,3` contain bare commas). */
const HEAD_SPLIT = /,(?=(?:nodemask|cpuset|mems_allowed|oom_memcg|task_memcg)=|global_oom(?:,|$))/;

/** 5.0+ `oom-kill:constraint=...,nodemask=...,[cpuset=..,mems_allowed=..,]global_oom|oom_memcg=..,[task_memcg=..,]task=..,pid=..,uid=..` */
export function parseConstraint(text: string, line: number): ConstraintInfo | null {
  const m = LINE.exec(text.trim());
  if (!m) return null;
  let body = m[1] ?? m[2];
  const info: ConstraintInfo = {
    constraint: null,
    nodemask: null,
    cpuset: null,
    memsAllowed: null,
    globalOom: false,
    oomMemcg: null,
    taskMemcg: null,
    task: null,
    pid: null,
    uid: null,
    line,
  };
  const tail = TAIL.exec(body) ?? /,pi?$/.exec(body);
  if (tail) {
    if (tail[2] && tail[1]) info.pid = Number(tail[1]);
    if (tail[3]) info.uid = Number(tail[3]);
    body = body.slice(0, tail.index);
  }
  // The first `,task=` ends the head: cgroup paths and cpuset names do not contain it.
  const taskAt = body.indexOf(',task=');
  if (taskAt >= 0) {
    info.task = body.slice(taskAt + ',task='.length);
    body = body.slice(0, taskAt);
  }
  const [constraint, ...fields] = body.split(HEAD_SPLIT);
  info.constraint = constraint;
  for (const field of fields) applyHeadField(info, field);
  return info;
}

function applyHeadField(info: ConstraintInfo, field: string): void {
  if (field === 'global_oom') {
    info.globalOom = true;
    return;
  }
  const eq = field.indexOf('=');
  const key = field.slice(0, eq);
  const value = field.slice(eq + 1);
  if (key === 'nodemask') info.nodemask = value;
  else if (key === 'cpuset') info.cpuset = value;
  else if (key === 'mems_allowed') info.memsAllowed = value;
  else if (key === 'oom_memcg') info.oomMemcg = value;
  else if (key === 'task_memcg') info.taskMemcg = value;
}
