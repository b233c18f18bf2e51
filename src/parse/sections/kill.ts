/**
 * Kill decision lines (docs/kernel/oom-report.md §7): the ≤5.0 "selection" line, the "Killed process" line in
 * every era, the 4.6+ oom_reaper summary, panics and "no killable processes".
 * A `comm` may contain spaces and parentheses, so it is always matched up to the `)` that is
 * followed by the next fixed token, never up to the first `)`.
 */
import type { KillSelection, PanicInfo, Reaped, Victim } from '../model';

/** The `%s` the kernel puts before `: Kill process` / `: Killed process`. */
const KNOWN_MESSAGE = /(?:Memory cgroup out of memory|Out of memory(?: \(oom_kill_allocating_task\))?)$/i;

/** Keeps the kernel's message and drops any leftover prefix junk in front of it. */
function cleanMessage(raw: string): string {
  return KNOWN_MESSAGE.exec(raw)?.[0] ?? raw.trim();
}

// `%s: Kill process %d (%s) score %d or sacrifice child`; 2.6.2x/2.6.32 `kill process ... or a child`.
// The line may be cut after the comm; "Kill process N (x) sharing same memory" is not a selection.
const SELECTION = /^(?:(.*?): )?[Kk]ill process (\d+) \((.*)\)(?: score (-?\d+)(?: or\b.*)?)?\s*$/;

/** `MSG: Kill process N (comm) score S or sacrifice child` (and 2.6's `kill process ... or a child`). */
export function parseKillSelection(text: string, line: number): KillSelection | null {
  const m = SELECTION.exec(text.trim());
  if (!m) return null;
  return {
    message: m[1] === undefined ? '' : cleanMessage(m[1]),
    pid: Number(m[2]),
    comm: m[3],
    score: m[4] === undefined ? null : Number(m[4]),
    line,
  };
}

// `Killed process %d (%s)` then the era's tail; EL6 puts `, UID %d,` before the comm.
const VICTIM = /^(?:(.*?): )?Killed process (\d+)(?:, UID (\d+),)? \((.*)\)(?=$|,| total-vm| UID)(.*)$/;

const KB_FIELDS = new Map<string, RegExp>();

/** A `name:NNNkB` field; the unit is required so a number cut mid-digits is not taken. */
function kbField(tail: string, name: string): number | null {
  let re = KB_FIELDS.get(name);
  if (re === undefined) {
    re = new RegExp(`(?:^|[\\s,])${name}:(\\d+)kB`);
    KB_FIELDS.set(name, re);
  }
  const m = re.exec(tail);
  return m ? Number(m[1]) : null;
}

/** `[MSG: ]Killed process N (comm)[, UID N,] total-vm:..kB, ...` in every era, also cut after any field. */
export function parseVictim(text: string, line: number): Victim | null {
  const t = text.trim();
  // ≤2.6.2x ended the line with a period: `Out of Memory: Killed process 4321 (java).`
  const m = VICTIM.exec(t) ?? (t.endsWith(').') ? VICTIM.exec(t.slice(0, -1)) : null);
  if (!m) return null;
  const tail = m[5];
  // EL7 `, UID %d, total-vm`; 5.4+ `UID:%u pgtables:` (the digits must be followed by a separator).
  const uid = m[3] ?? /^, UID (\d+),/.exec(tail)?.[1] ?? /(?:^|\s)UID:(\d+)(?=[\s,])/.exec(tail)?.[1];
  // oom_score_adj is the last field: a cut there cannot be detected, the value is taken as printed.
  const adj = /(?:^|\s)oom_score_adj:(-?\d+)\s*$/.exec(tail)?.[1];
  return {
    message: m[1] === undefined ? null : cleanMessage(m[1]),
    pid: Number(m[2]),
    comm: m[4],
    totalVmKb: kbField(tail, 'total-vm'),
    anonRssKb: kbField(tail, 'anon-rss'),
    fileRssKb: kbField(tail, 'file-rss'),
    shmemRssKb: kbField(tail, 'shmem-rss'),
    uid: uid === undefined ? null : Number(uid),
    pgtablesKb: kbField(tail, 'pgtables'),
    oomScoreAdj: adj === undefined ? null : Number(adj),
    line,
  };
}

const REAPED = /^oom_reaper: reaped process (\d+) \((.*)\)(?=, now|$)(.*)$/;

/** `oom_reaper: reaped process N (comm), now anon-rss:..kB, file-rss:..kB, shmem-rss:..kB` */
export function parseReaped(text: string, line: number): Reaped | null {
  const m = REAPED.exec(text.trim());
  if (!m) return null;
  const tail = m[3];
  return {
    pid: Number(m[1]),
    comm: m[2],
    anonRssKb: kbField(tail, 'anon-rss'),
    fileRssKb: kbField(tail, 'file-rss'),
    shmemRssKb: kbField(tail, 'shmem-rss'),
    line,
  };
}

// Only memory panics: an unrelated `Kernel panic - not syncing: Fatal exception` is not an OOM
// outcome. The closing `---[ end Kernel panic ... ]---` echo is not matched (anchored at ^).
const OOM_PANIC_REASON =
  /^(?:Out of memory(?: and no killable processes|: (?:system-wide|compulsory) panic_on_oom is enabled)|System is deadlocked on memory|out of memory(?: from page fault)?\. (?:Compulsory )?panic_on_oom is selected)/;
const PANIC_PREFIX = /^Kernel panic - not syncing: /;

/** OOM panics in every era (with or without the `Kernel panic - not syncing: ` prefix). `message` is the whole line. */
export function parsePanic(text: string, line: number): PanicInfo | null {
  const t = text.trim();
  const reason = t.replace(PANIC_PREFIX, '');
  if (!OOM_PANIC_REASON.test(reason)) return null;
  // Without the panic prefix, "Out of memory and no killable processes..." is a 4.19+ pr_warn
  // (sysrq/memcg OOM with nothing to kill), not a panic: isNoKillable reports it.
  if (reason === t && /^Out of memory and no killable/.test(t)) return null;
  return { message: t, line };
}

/** `Out of memory and no killable processes...` (a warning on 4.19+, a panic before). */
export function isNoKillable(text: string): boolean {
  return /^(?:Kernel panic - not syncing: )?Out of memory and no killable processes/.test(text.trim());
}

/** Where the kernel's own kill sentence starts in a line (its message, or `Kill(ed) process` itself). */
const KILL_SENTENCE =
  /(?:Memory cgroup out of memory|Out of [Mm]emory(?: \(oom_kill_allocating_task\))?): [Kk]ill(?:ed)? process|[Kk]ill(?:ed)? process \d/;
/**
 * Before the sentence: a quote, a brace, `key=`, `message:` or a Kubernetes event reason (`OOMKilling`) show
 * another program's text around it.
 */
const QUOTING = /["'`{}=]|OOMKill|\b(?:message|msg|reason|details?|event)\s*:\s*$/i;
/** After it: the end of a quoted string or a structure the kernel never prints after its fields. */
const QUOTE_END = /["'`{}]/;

/**
 * A line that quotes a kill inside another program's text (node-problem-detector's `Message:Memory cgroup
 * out of memory: Killed process …}]`, containerd or kubelet `msg="…"`), not the kernel's own line. Prefix
 * junk a stripper left before the kernel's line (`host kernel: Out of memory: …`) is not quoting.
 */
export function quotesKill(text: string): boolean {
  const m = KILL_SENTENCE.exec(text);
  if (!m) return false;
  if (QUOTING.test(text.slice(0, m.index))) return true;
  const close = text.indexOf(')', m.index);
  return close > 0 && QUOTE_END.test(text.slice(close + 1));
}

/** Programs known to repeat the kernel's kill line in their own messages, by a word their lines carry. */
const ECHO_SOURCES: readonly [RegExp, string][] = [
  [/node-problem-detector|kernel-monitor|OOMKilling/, 'node-problem-detector'],
  [/kubelet/, 'kubelet'],
  [/containerd/, 'containerd'],
  [/dockerd/, 'dockerd'],
  [/cri-o|crio/, 'cri-o'],
  [/systemd/, 'systemd'],
];

/** The program a quoting line most likely comes from, when its text names one. */
export function echoSourceOf(text: string): string | null {
  for (const [re, name] of ECHO_SOURCES) if (re.test(text)) return name;
  return null;
}

/** The pid of the kill a quoting line repeats (`Killed process N` or `Kill process N`), or null. */
export function quotedKillPid(text: string): number | null {
  const m = /[Kk]ill(?:ed)? process (\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}
