/**
 * The quiet-line filter: one keyword scan per chunk finds the few places a big journal mentions
 * anything OOM-like, so every other line outside an event is only counted (see index.ts).
 */
/**
 * Words without which a line cannot start or feed anything while no event is open: a superset of
 * the event builder's own `mayMatterOutsideEvents` (index.test.ts checks that on every fixture line).
 * Every line that can open a report holds one of them: `oom` (trigger, `oom-kill:`, reaper, the
 * task table's `oom_score_adj`/`oom_adj` header), `kill` (kill lines, `Task in ... killed`),
 * `memory`/`Mem-` (memcg usage and stats, `Tasks state (memory ...)`, `Out of memory` panics,
 * Mem-Info), `min:` and a digit (a zone line of any era, `free:3548kB min:68kB` or `free:…kB boost:0kB
 * min:`: a memory dump whose header was lost), the allocation-failure warnings (`allocation failure`,
 * `vmemmap alloc failure`, `vmalloc error`) and `balloon` (a balloon driver's line, kept for the report that
 * follows; `_balloon` apart, for `hv_balloon` has no word start). Words outside the `\b` group cost most:
 * the top-level `_balloon` is cheap only because `_` is rare (2.3 GB/s against 2.8 without these words). Few alternatives: irregexp
 * scans this at 2.5 GB/s against 1.3 with `panic`, `usage`, `total_vm` & co. spelled out (measured), and
 * those lines hold one of these words anyway.
 * Case-sensitive on purpose (kernel text has fixed case; twice as fast as /i). Each word starts a
 * word, as it does wherever the kernel prints it: `\b` lets the engine pass most positions faster
 * (measured 16 %) and keeps out `room`, `skill`, `hispanic`.
 */
export const MAY_MATTER =
  /\b(?:[Oo][Oo][Mm]|[Kk]ill|[Mm]em(?:ory|-)|min:\d|alloc(?:ation)? failure|vmalloc error|[Bb]alloon)|_balloon/g;
/**
 * Lines after an allocation-failure warning that still take the full path: the builder absorbs that
 * warning's dump (stack, Mem-Info, zones: lines without any OOM word) while no event is open.
 * Longer than any such dump. OOM events need no such margin: while one is open, every line is fed.
 */
const FAILURE_DUMP_LINES = 5000;

/**
 * Most of a big journal is other daemons' chatter that cannot change the result. One regex scan
 * per chunk finds the few places that mention anything OOM-like; any other line, far from them
 * and outside an open event, is only counted. This is what keeps the parse near the floor.
 */
export function createQuietFilter() {
  let hits: number[] = [];
  let nextHit = 0;
  let loudUntilLine = 0;
  /** Lines up to this one are a marked line or one of the two after it: only they may hold a hit. */
  let nearHitUntil = 0;
  /** No hit's mark between `start` and `end` of the chunk last scanned (lines come in order). */
  const noHitIn = (start: number, end: number): boolean => {
    while (nextHit < hits.length && hits[nextHit] < start) nextHit++;
    return !(nextHit < hits.length && hits[nextHit] < end);
  };
  return {
    scan(chunk: string): void {
      hits = [];
      nextHit = 0;
      MAY_MATTER.lastIndex = 0;
      // Each hit is marked at the start of the line before its own: that line is loud too, for a
      // line hard-wrapped before its word (`... tgid total_vm      ` then `rss ... oom_score_adj
      // name`) is joined only if its first half is fed. A marked line makes the next two loud.
      for (let m = MAY_MATTER.exec(chunk); m !== null; m = MAY_MATTER.exec(chunk)) {
        hits.push(lineStartAt(chunk, lineStartAt(chunk, m.index) - 1));
      }
    },
    /**
     * isQuiet for a line known only by its place in the chunk (not yet cut out). A line it calls
     * loud must still go through isQuiet, which notes the start of an allocation failure's dump.
     */
    isQuietAt(start: number, end: number, line: number): boolean {
      return noHitIn(start, end) && line > loudUntilLine;
    },
    /** Where the next hit's mark lies from `start` on (lines ending before it are quiet), or -1 while lines are loud anyway. */
    quietUntil(start: number, line: number): number {
      if (line <= loudUntilLine) return -1;
      while (nextHit < hits.length && hits[nextHit] < start) nextHit++;
      return nextHit < hits.length ? hits[nextHit] : Infinity;
    },
    isQuiet(raw: string, line: number, endInChunk: number): boolean {
      const start = endInChunk - raw.length;
      /** How many lines after this one are loud because of it. */
      let loudAfter = 0;
      if (endInChunk < 0 || start < 0) {
        // The line began in an earlier chunk, so the chunk scan may have seen only part of a word.
        MAY_MATTER.lastIndex = 0;
        if (MAY_MATTER.test(raw)) loudAfter = 1;
        if (endInChunk >= 0 && !noHitIn(0, endInChunk)) loudAfter = 2;
      } else if (!noHitIn(start, endInChunk)) {
        loudAfter = 2;
      }
      // The line after one with an OOM word may be its rest, hard-wrapped (`... reaped process 1 (a`
      // then `), now anon-rss:0kB`): it takes the full path too, where the builder can join them.
      if (loudAfter > 0) {
        loudUntilLine = Math.max(loudUntilLine, line + loudAfter);
        nearHitUntil = Math.max(nearHitUntil, line + loudAfter);
      }
      if (line <= nearHitUntil && isAllocFailure(raw)) loudUntilLine = line + FAILURE_DUMP_LINES;
      return loudAfter === 0 && line > loudUntilLine;
    },
  };
}

/** The first line of an allocation-failure warning (its dump follows without OOM words). */
function isAllocFailure(raw: string): boolean {
  return raw.indexOf('alloc') >= 0 && /alloc(?:ation)? failure|vmalloc error/.test(raw);
}

/**
 * Where the line holding `pos` starts in `chunk` (0 for the chunk's first line). Only LF is looked
 * for: with lone CRs this reaches further back, which only makes more lines loud.
 */
function lineStartAt(chunk: string, pos: number): number {
  return pos <= 0 ? 0 : chunk.lastIndexOf('\n', pos - 1) + 1;
}
