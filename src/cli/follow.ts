/**
 * `oomscope --follow`: standard input forever (`journalctl -kf | oomscope --follow`), one line per event as
 * soon as the event is complete: at its kill line plus a quiet gap, or when the next report starts. The
 * parser runs in follow mode (it keeps no closed event, raw line or diagnostic), so memory stays flat over
 * days of input; an event is analysed, printed and dropped.
 */
import { openInput } from '../input/index';
import { createParser } from '../parse/index';
import type { OomEvent } from '../parse/model';
import { translator } from '../present/i18n';
import { markdownReport } from '../present/markdown';
import type { RunOptions } from './args';
import { toContractEvent } from './contract';
import type { CliIo } from './io';
import { ndjsonLine, safeAnalysis } from './report';
import { describeEvent } from './summary';
import { inRange } from './timeFilter';
import { digestEvent } from '../analyze/index';
import type { EventDigest } from '../analyze/types';

/** Digests of the latest events kept for the story of the next ones (repeated kills): memory stays flat. */
export const FOLLOW_HISTORY = 64;

/**
 * How long the input must pause after a kill line before its event is printed. The kernel prints a report in
 * one go; what may still follow is the OOM reaper's `oom_reaper: reaped process` line, which since 5.18 waits
 * 2 s before reaping (OOM_REAPER_DELAY, mm/oom_kill.c) and retries for up to 1 s (MAX_OOM_REAP_RETRIES × HZ/10).
 * 5 s covers both with room for a log pipeline's own batching.
 */
export const FOLLOW_QUIET_MS = 5000;

export async function follow(options: RunOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  let found = 0;
  let failure: Error | null = null;
  const history: EventDigest[] = [];
  const print = (event: OomEvent) => {
    const number = event.index + 1;
    const analysis = safeAnalysis(event, history);
    history.push(digestEvent(event, analysis));
    if (history.length > FOLLOW_HISTORY) history.shift();
    if (!inRange(event, number, options.range)) return;
    found++;
    if (options.format === 'markdown') io.out(`${markdownReport(event, analysis, { t, file: '-', number })}\n---\n\n`);
    else if (options.format === 'text')
      io.out(`${describeEvent(toContractEvent(event, analysis), number).join('\n')}\n\n`);
    else io.out(`${ndjsonLine('-', number, event, analysis)}\n`);
  };
  const parser = createParser({
    follow: true,
    onEvent(event) {
      // The parser guards its consumer; keep the first failure (an incomparable --since) to end the run.
      try {
        print(event);
      } catch (err) {
        failure ??= err instanceof Error ? err : new Error(String(err));
      }
    },
  });
  const input = openInput({ kind: 'stream', stream: io.stdin(), size: null });
  const quietMs = io.followQuietMs ?? FOLLOW_QUIET_MS;
  for (;;) {
    // While the next read waits, a quiet gap closes an event that is past its kill line.
    const timer = setTimeout(() => parser.idle(), quietMs);
    const r = await input.text.read().finally(() => clearTimeout(timer));
    if (r.done) break;
    parser.push(r.value.text, r.value.bytes);
    if (failure) {
      await input.text.cancel();
      throw failure;
    }
  }
  parser.end();
  if (failure) throw failure;
  return options.failOnOom && found > 0 ? 1 : 0;
}
