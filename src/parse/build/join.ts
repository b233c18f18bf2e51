/**
 * Hard-wrap joins inside an open event: which earlier line a tail belongs to, putting the joined
 * reading in place of the cut one, folding pieces of a line cut more than once, and the pending
 * lines that turn out to be unparsed after all.
 */
import type { OpenEvent, PrevLine } from './state';
import { contextOf, cutLength, prevLine, widthFor } from './state';
import { mayContinue, tryJoinWrapped, type WrapJoin } from './wrap';
import type { Classified } from '../kinds/index';
import type { Diagnostic, LogLine } from '../model';
import { classifyLine } from '../segment/classify';

/**
 * The tail may finish the previous line (with any pieces folded into it), or, when pieces were
 * folded, just the last piece: two halves of a line that came after the one we folded onto.
 */
export function findJoin(open: OpenEvent, l: LogLine): { prev: PrevLine; join: WrapJoin } | null {
  const prev = open.prev;
  if (!prev) return null;
  const ctx = contextOf(open);
  const join = tryJoinWrapped(prev, l, ctx, widthFor(open, prev.lastPiece), open.event);
  if (join) return { prev, join };
  if (prev.pieces === 0 || (prev.pieces === 1 && !prev.classified)) return null;
  const lastPiece = prevLine(prev.lastPiece, null);
  const pieceJoin = tryJoinWrapped(lastPiece, l, ctx, widthFor(open, lastPiece.lastPiece), open.event);
  return pieceJoin ? { prev: lastPiece, join: pieceJoin } : null;
}

/** The lines that waited as "not understood" are inside the event after all: report them. */
export function commitPending(open: OpenEvent, diagnostics: Diagnostic[]): void {
  if (open.pending.length === 0) return; // the common case: no new array per understood line
  const unparsed = open.event.unparsedLines;
  for (const p of open.pending) {
    // Several logical lines can share one physical line (`#012`): list each physical line once.
    if (unparsed[unparsed.length - 1] !== p.line) unparsed.push(p.line);
    // A row we could not read is a row missing from the table.
    if (open.event.tasks && /^\s*\[/.test(p.text)) open.event.tasks.elided = true;
    diagnostics.push({
      line: p.line,
      severity: 'warning',
      message: `line not understood inside OOM event ${open.event.index + 1}: "${preview(p.text)}"`,
    });
  }
  open.pending = [];
}

/**
 * A wrap inside a frame (`[<address>] symbol+off/size`, or 4.10+ `symbol+off/size`) leaves a start
 * that parses as nothing and a tail that looks like a frame by itself (`k+0xcd/0x120`). Join them.
 */
export function joinFrameStart(open: OpenEvent, c: Classified<'frame'>, l: LogLine): Classified {
  const last = open.pending[open.pending.length - 1];
  if (!last || !/^\s*(\[<[0-9a-f]+>\]\s*)?(\?\s*)?\S*$/.test(last.text)) return c;
  for (const text of [last.text + l.text, last.text.trimEnd() + ' ' + l.text.trimStart()]) {
    const joined = classifyLine(text, last.line, contextOf(open));
    if (joined?.kind === 'frame') {
      open.pending.pop();
      return joined;
    }
  }
  return c;
}

/** Pieces of one cut line folded together at most (a 600-character zone line needs many more, but each piece joins as it comes). */
const MAX_FOLDED_PIECES = 3;

/** An unjoinable piece may still be the middle of a line cut three times: fold it into the previous line, tentatively. */
export function foldOrRestart(open: OpenEvent, l: LogLine): PrevLine {
  const prev = open.prev;
  if (!prev || prev.pieces >= MAX_FOLDED_PIECES || !mayContinue(prev, l)) return prevLine(l, null);
  const joiner = cutLength(prev.lastPiece) >= widthFor(open, prev.lastPiece) ? '' : ' ';
  const text = joiner ? prev.line.text.trimEnd() + joiner + l.text.trimStart() : prev.line.text + l.text;
  return { line: { ...prev.line, text }, classified: prev.classified, pieces: prev.pieces + 1, lastPiece: l };
}

function preview(text: string): string {
  const t = text.trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}
