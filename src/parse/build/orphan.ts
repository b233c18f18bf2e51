/**
 * Outside any event, a line that mentions OOM words but parses as nothing may be the first half
 * of a wrapped line that would open one (a cut trigger, kill line or task header). It waits here
 * for one line; if the two make sense together, the joined line is fed instead.
 */
import type { LogLine } from '../model';
import type { Classified, ClassifiedKind } from '../kinds/index';
import { classifyLine } from '../segment/classify';
import { weightOf } from './gain';

const OUTSIDE = { taskColumns: null, inMemcgStats: false, acceptCounters: false };

export class OrphanJoiner {
  private waiting: LogLine | null = null;

  constructor(private readonly useful: (kind: ClassifiedKind) => boolean) {}

  remember(l: LogLine): void {
    this.waiting = l;
  }

  forget(): void {
    this.waiting = null;
  }

  /** The joined line when `l` completes the waiting half; the waiting half is dropped either way. */
  offer(l: LogLine): { line: LogLine; classified: Classified; firstLength: number } | null {
    const first = this.waiting;
    this.waiting = null;
    if (!first || l.text.trim() === '') return null;
    let best: { line: LogLine; classified: Classified; weight: number; firstLength: number } | null = null;
    for (const text of [first.text + l.text, first.text.trimEnd() + ' ' + l.text.trimStart()]) {
      const classified = classifyLine(text, first.line, OUTSIDE);
      if (!classified || !this.useful(classified.kind)) continue;
      const weight = weightOf(classified);
      if (!best || weight >= best.weight + 0.5)
        best = { line: { ...first, text }, classified, weight, firstLength: first.text.length };
    }
    return best;
  }
}
