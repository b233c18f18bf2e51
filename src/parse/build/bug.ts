/**
 * A kernel bug's report (Oops, BUG, KASAN, WARNING) inside or right after an OOM report. It belongs to the
 * event (`OomEvent.kernelBugs`), but its stack lines are its own: while it is being read, the lines its
 * kinds mark `inKernelBug` (frames, registers, its `CPU:` line, `---[ end trace`, the panic it ends in) and
 * lines nobody understands (`#PF: …`, `PGD 0`) go to the bug, not to the event's call trace or kernel info.
 * It ends at `---[ end trace … ]---` or at the first line of another kind (the report goes on, or not).
 */
import type { Classified } from '../kinds/index';
import { kindOf } from '../kinds/index';
import type { OomEvent } from '../model';
import { continuesBug } from '../sections/kernelBug';

/** Lines of a bug's report no rule understands (`#PF: error_code(0x0000)`, `PGD 0 P4D 0`, `user pgtable: …`) in a row, at most. */
const MAX_UNKNOWN_LINES = 40;

/** Frames of the report machinery itself, printed above the function that failed. */
const REPORTING_FRAME =
  /^(?:__)?(?:dump_stack|show_stack|dump_backtrace|show_trace|unwind_backtrace|print_address_description|print_report|kasan_report|__kasan_report|__warn|warn_slowpath|report_bug|handle_bug|exc_invalid_op|asm_exc_invalid_op|die|__die|oops_|panic)/;

/** The bug being read: which of the event's bugs, and what its lines said about where it happened. */
export interface BugInProgress {
  index: number;
  unknownLines: number;
  /** From `RIP: 0010:f+0x…`, `PC is at f+0x…`, `pc : f+0x…`. */
  location: string | null;
  /** The first reliable frame of its trace that is not the reporting machinery. */
  frame: string | null;
}

export function startBug(event: OomEvent): BugInProgress {
  return { index: (event.kernelBugs?.length ?? 1) - 1, unknownLines: 0, location: null, frame: null };
}

/**
 * Whether the line (its reading, or null) is part of the bug's report. `false` ends the bug: the line is
 * then the event's (or, for a new bug's first line, a bug of its own).
 */
export function readBugLine(bug: BugInProgress, c: Classified | null, text: string): 'bug' | 'end' | 'last' {
  if (c === null) return ++bug.unknownLines > MAX_UNKNOWN_LINES ? 'end' : 'bug';
  if (!kindOf(c).inKernelBug) return 'end';
  if (c.kind === 'kernelBug' && !continuesBug(text)) return 'end';
  bug.unknownLines = 0;
  if (c.kind === 'bugLocation') bug.location ??= c.function;
  else if (c.kind === 'frame' && !c.frame.unreliable) bug.frame ??= usefulFrame(c.frame.symbol);
  else if (c.kind === 'frames') for (const f of c.frames) bug.frame ??= usefulFrame(f.symbol);
  else if (c.kind === 'stackNoise' && text.includes('---[ end trace')) return 'last';
  return 'bug';
}

/** The bug read to its end: where it happened is what its own first line named, else its registers, else its trace. */
export function finishBug(event: OomEvent, bug: BugInProgress): void {
  const found = event.kernelBugs?.[bug.index];
  if (found) found.function ??= bug.location ?? bug.frame;
}

function usefulFrame(symbol: string): string | null {
  const name = symbol.split('+')[0];
  return REPORTING_FRAME.test(name) ? null : name;
}
