/**
 * The quiet-line filter: one keyword scan per chunk finds the few places a big journal mentions
 * anything OOM-like, so every other line outside an event is only counted (see index.ts).
 */
/**
 * Words without which a line cannot start or feed anything while no event is open: a superset of
 * the event builder's own `mayMatterOutsideEvents` (index.test.ts checks that on every fixture line).
 * Case-sensitive on purpose (kernel text has fixed case; twice as fast as /i). Each word starts a
 * word, as it does wherever the kernel prints it: `\b` lets the engine pass most positions faster
 * (measured 16 %) and keeps out `room`, `skill`, `hispanic`.
 */
export const MAY_MATTER =
  /\b(?:[Oo][Oo][Mm]|[Kk]ill|[Pp]anic|[Mm]emory|[Mm]em-|[Tt]asks state|total_vm|[Tt]ask in |[Uu]sage|allocation failure|[Dd]eadlock)/g;
/**
 * Lines after a `page allocation failure` that still take the full path: the builder absorbs that
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
  /** No OOM word between `start` and `end` of the chunk last scanned (lines come in order). */
  const noHitIn = (start: number, end: number): boolean => {
    while (nextHit < hits.length && hits[nextHit] < start) nextHit++;
    return !(nextHit < hits.length && hits[nextHit] < end);
  };
  return {
    scan(chunk: string): void {
      hits = [];
      nextHit = 0;
      MAY_MATTER.lastIndex = 0;
      for (let m = MAY_MATTER.exec(chunk); m !== null; m = MAY_MATTER.exec(chunk)) hits.push(m.index);
    },
    /**
     * isQuiet for a line known only by its place in the chunk (not yet cut out). A line it calls
     * loud must still go through isQuiet, which notes the start of an allocation failure's dump.
     */
    isQuietAt(start: number, end: number, line: number): boolean {
      return noHitIn(start, end) && line > loudUntilLine;
    },
    /** Where the next OOM word lies from `start` on (lines ending before it are quiet), or -1 within an allocation failure's dump. */
    quietUntil(start: number, line: number): number {
      if (line <= loudUntilLine) return -1;
      while (nextHit < hits.length && hits[nextHit] < start) nextHit++;
      return nextHit < hits.length ? hits[nextHit] : Infinity;
    },
    isQuiet(raw: string, line: number, endInChunk: number): boolean {
      const start = endInChunk - raw.length;
      let loud: boolean;
      if (endInChunk < 0 || start < 0) {
        // The line began in an earlier chunk, so the chunk scan may have seen only part of a word.
        MAY_MATTER.lastIndex = 0;
        loud = MAY_MATTER.test(raw);
      } else {
        loud = !noHitIn(start, endInChunk);
      }
      if (loud) {
        // The next line may be the rest of this one, hard-wrapped (`... reaped process 1 (a` then
        // `), now anon-rss:0kB`): it takes the full path too, where the builder can join them.
        loudUntilLine = Math.max(loudUntilLine, line + 1);
        if (raw.indexOf('allocation failure') >= 0) loudUntilLine = line + FAILURE_DUMP_LINES;
      }
      return !loud && line > loudUntilLine;
    },
  };
}
