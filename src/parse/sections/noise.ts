/**
 * Lines the kernel prints inside an OOM report that the model does not keep. Recognising them keeps
 * them out of `unparsedLines` (they are expected, not damage). Formats from docs/kernel/oom-report.md §2, §5.9, §7, §8.3.
 */
const KNOWN_OOM_NOISE: readonly RegExp[] = [
  /^COMPACTION is disabled!!!/,
  /^Unreclaimable slab info:/,
  /^Name\s+Used\s+Total$/,
  // dump_unreclaimable_slab rows: `%-17s %10luKB %10luKB`
  /^\S+\s+\d+KB\s+\d+KB$/,
  /^excessive unreclaimable slab but cannot dump stats/,
  /^Memory allocations( \(profiling is currently turned (on|off)\))?:/,
  // memory allocation profiling rows: `%12s %8llu %s:%u [%s] func:%s`
  /^\s*\d+(\.\d+)?\s*[KMGT]?i?B?\s+\d+\s+\S+:\d+( \[\S+\])? func:\S+/,
  /^Memory cgroup min protection \d+kB -- low protection \d+kB/,
  /^oom_reaper: (unable to reap|giving up) pid:\d+/,
  /^oom killer \d+ \(.*\) has mm pinned by \d+/,
  /OOM victim \d+ \(.*\) is already exiting\. Skip killing the task/,
  /^Would have killed process \d+ \(.*\)\. But continuing instead\./,
  /Kill process \d+ \(.*\) sharing same memory/,
  /^warn_alloc_show_mem: \d+ callbacks suppressed/,
  /^(oom_kill_process|dump_header|out_of_memory|oom_reaper|warn_alloc): \d+ callbacks suppressed/,
];

export function isKnownOomNoise(text: string): boolean {
  const trimmed = text.trim();
  return KNOWN_OOM_NOISE.some((re) => re.test(trimmed));
}
