/**
 * A generated kernel log with many small OOM events, as a Kubernetes node that kills the same pods over and
 * over writes it: cgroup v2 memcg OOM reports (trigger, CPU line, memory and swap lines, a short task table,
 * the oom-kill constraint line, the kill line), a page allocation failure now and then, and reboots (a kernel
 * banner, uptime back at 0). Deterministic. Used by the worker's timeline tests
 * (src/worker/timeline/timeline.test.ts); `npm run bench:browser` generates its journals with bench/journal.ts.
 */

export interface ManyEventsOptions {
  events: number;
  /** Reboots spread over the log (a banner and the uptime starting again). */
  reboots?: number;
  /** One allocation failure after every this many events (0: none). */
  failureEvery?: number;
  /** `iso`: `2024-05-01T10:00:00.000000+00:00 node kernel: [ uptime] …`; `syslog`: no year; `dmesg`: uptime only. */
  style?: 'iso' | 'syslog' | 'dmesg';
  /** Seconds between two events. */
  gapS?: number;
  host?: string;
  startMs?: number;
}

/** Victims and their pods, repeated in this order: java in pod-a is the most frequent. */
export const VICTIMS = [
  { comm: 'java', pod: 'pod-a', anonKb: 1_800_000 },
  { comm: 'java', pod: 'pod-a', anonKb: 1_750_000 },
  { comm: 'python3', pod: 'pod-b', anonKb: 400_000 },
  { comm: 'java', pod: 'pod-a', anonKb: 1_900_000 },
  { comm: 'node', pod: 'pod-c', anonKb: 250_000 },
  { comm: 'java', pod: 'pod-d', anonKb: 900_000 },
] as const;

export const cgroupOf = (pod: string) => `/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-${pod}.slice`;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function prefixer(style: NonNullable<ManyEventsOptions['style']>, host: string) {
  return (ms: number, uptime: number) => {
    const stamp = `[${uptime.toFixed(6).padStart(12, ' ')}] `;
    const d = new Date(ms);
    if (style === 'dmesg') return stamp;
    const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    if (style === 'syslog') {
      const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
      return `${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${clock} ${host} kernel: ${stamp}`;
    }
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return `${date}T${clock}.${pad(d.getUTCMilliseconds(), 3)}000+00:00 ${host} kernel: ${stamp}`;
  };
}

function report(n: number, pid: number): string[] {
  const v = VICTIMS[n % VICTIMS.length];
  const cg = cgroupOf(v.pod);
  const scope = `cri-containerd-${(n % 97).toString(16).padStart(8, '0')}.scope`;
  const rssPages = Math.round(v.anonKb / 4);
  return [
    `${v.comm} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968`,
    `CPU: ${n % 4} PID: ${pid} Comm: ${v.comm} Not tainted 5.15.0-1041-azure #48-Ubuntu`,
    `memory: usage 2097152kB, limit 2097152kB, failcnt ${1000 + n}`,
    `swap: usage 0kB, limit 9007199254740988kB, failcnt 0`,
    `Tasks state (memory values in pages):`,
    `[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name`,
    `[ ${String(pid - 1).padStart(6)}] 65535 ${String(pid - 1).padStart(6)}      243        1    28672        0          -998 pause`,
    `[ ${String(pid).padStart(6)}]     0 ${String(pid).padStart(6)}  1290000 ${String(rssPages).padStart(8)}  4100000        0           968 ${v.comm}`,
    `oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=${scope},mems_allowed=0,oom_memcg=${cg},task_memcg=${cg}/${scope},task=${v.comm},pid=${pid},uid=0`,
    `Memory cgroup out of memory: Killed process ${pid} (${v.comm}) total-vm:5160000kB, anon-rss:${v.anonKb}kB, file-rss:2048kB, shmem-rss:0kB, UID:0 pgtables:4004kB oom_score_adj:968`,
  ];
}

const FAILURE = [
  'kworker/u8:2: page allocation failure: order:4, mode:0x40cc0(GFP_KERNEL|__GFP_COMP), nodemask=(null),cpuset=/,mems_allowed=0',
  'CPU: 1 PID: 77 Comm: kworker/u8:2 Not tainted 5.15.0-1041-azure #48-Ubuntu',
];
const BANNER = 'Linux version 5.15.0-1041-azure (buildd@lcy02-amd64-011) (gcc (Ubuntu 11.3.0) 11.3.0) #48-Ubuntu SMP';

/** Yields the log in pieces of about `events / 100` events (a caller may write or join them). */
export function* manyEventsLog(o: ManyEventsOptions): Generator<string> {
  const style = o.style ?? 'iso';
  const prefix = prefixer(style, o.host ?? 'node-1');
  const gap = o.gapS ?? 37;
  const rebootEvery = o.reboots ? Math.ceil(o.events / (o.reboots + 1)) : Infinity;
  let ms = o.startMs ?? Date.UTC(2024, 4, 1, 0, 0, 0);
  let uptime = 1000;
  let lines: string[] = [prefix(ms, 0) + BANNER];
  for (let n = 0; n < o.events; n++) {
    if (n > 0 && n % rebootEvery === 0) {
      ms += 60_000;
      lines.push(prefix(ms, 0) + BANNER);
      uptime = 30;
    }
    ms += gap * 1000;
    uptime += gap;
    for (const text of report(n, 20_000 + n)) lines.push(prefix(ms, uptime) + text);
    if (o.failureEvery && n % o.failureEvery === o.failureEvery - 1)
      for (const text of FAILURE) lines.push(prefix(ms + 500, uptime + 0.5) + text);
    lines.push(prefix(ms + 1000, uptime + 1) + `eth0: link becomes ready`);
    if (lines.length > 2000) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  yield lines.join('\n') + '\n';
}

/** The whole log as one string (small logs for tests). */
export function manyEventsText(o: ManyEventsOptions): string {
  return [...manyEventsLog(o)].join('');
}
