/**
 * Transport damage repair, after prefix stripping and before event building. Logs are mangled on
 * their way to the user, and each kind of damage has a tell-tale sign we can undo without guessing:
 *
 * - rsyslog escapes control characters: a multi-line record arrives as one line with `#012` (LF)
 *   and `#011` (TAB); /dev/kmsg (journald) writes `\x0a`. We split them back into logical lines that
 *   keep the physical line number.
 * - A bad copy glues records together (`... = 15908kB Node 0 DMA32: 1101*4kB ...`, or hex stack
 *   words after a BIOS date). We split only before a record start that cannot occur inside a
 *   record (MERGE_POINTS); a process name (at most 15 characters) cannot hold one.
 * - journalctl's pager cuts long lines and marks them with `>` or `…`: flagged as a warning, and a
 *   number cut in half is dropped rather than reported with the wrong value.
 * - A `Node 0 ` printk whose zone continuation landed on the next line (KERN_CONT interleaving)
 *   is joined back.
 * - A hard wrap cut an escaped line break in two (cutEnds.ts): the next line completes it.
 * - A syslog date a bad copy had glued on was given back to its record before (prefix/gluedDate.ts):
 *   such a line is counted here with the merged records.
 */
import { completes, cutAtEnd, type Cut } from './cutEnds';
import { findMergeSplits } from './mergedRecords';
import type { Diagnostic, LogLine } from '../model';
export { findMergeSplits } from './mergedRecords';

export interface Repairer {
  /**
   * Feed one stripped physical line; emits one or more logical lines (possibly on the next feed).
   * `gluedDate`: the prefix stage took a glued-on date off its end (a merged record).
   */
  feed(
    line: number,
    text: string,
    time: string | null,
    uptime: number | null,
    gluedDate?: boolean,
    source?: string | null,
  ): void;
  /** Flush held lines. */
  end(): void;
  /** What was repaired, one diagnostic per kind (truncations: per line, capped). */
  diagnostics(): Diagnostic[];
}

type RepairKind = 'rsyslog' | 'kmsg' | 'merged' | 'node-continuation' | 'truncated';

const EXPLAIN: Record<RepairKind, string> = {
  rsyslog: 'rsyslog #012 escapes: one record had been joined into one line; split back into lines',
  kmsg: 'journald/kmsg \\x0a escapes: one record had been joined into one line; split back into lines',
  merged: 'several log records were merged onto one line (a bad copy); split at the record starts',
  'node-continuation': 'a zone line was split after its `Node N` prefix (interleaved printk); joined back',
  truncated: 'line cut by the journalctl pager (ends in `>` or `…`); the last field may be missing',
};
const MAX_TRUNCATION_WARNINGS = 10;

const BARE_NODE = /^Node \d+$/;
const ZONE_CONTINUATION = /^(?:DMA32|DMA|Normal|HighMem|Movable|Device)(?::| free:| per-cpu:)/;
/** `<TASK>`, `</IRQ>`, `<defunct>`: a line that ends in `>` because it ends in a tag, not a pager cut. */
const ENDS_IN_TAG = /<[^<>\s]*>$/;
const TASK_ROW = /^\[\s*\d+\]/;
const ONLY_ELISION = /^[.…\s]*$/;
const TRAILING_PARTIAL_NUMBER = /[\s,][^\s,]*\d[^\s,]*$/;
/** rsyslog `#012`, kmsg `\x0a`, and real line breaks inside one journal record (`journalctl -o json`). */
const ESCAPED_LF = /#012|\\x0a|\r?\n|\r/;

interface Seen {
  first: number;
  count: number;
}

export function createRepairer(emit: (line: LogLine) => void): Repairer {
  const seen = new Map<RepairKind, Seen>();
  const truncations: Diagnostic[] = [];
  let heldNode: LogLine | null = null;
  /** The non-kernel program of the physical line being repaired (LogLine.source), given to each of its pieces. */
  let currentSource: string | null = null;
  /** The physical line being repaired was cut by the pager (LogLine.pagerCut). */
  let currentPagerCut = false;

  function note(kind: RepairKind, line: number): void {
    const s = seen.get(kind);
    if (s) s.count++;
    else seen.set(kind, { first: line, count: 1 });
  }

  function out(l: LogLine): void {
    if (currentSource !== null) l.source = currentSource;
    if (currentPagerCut) l.pagerCut = true;
    if (heldNode) {
      const held = heldNode;
      heldNode = null;
      if (ZONE_CONTINUATION.test(l.text)) {
        note('node-continuation', held.line);
        emit({ ...l, text: `${held.text} ${l.text}` });
        return;
      }
      emit(held);
    }
    if (l.text.length <= 8 && BARE_NODE.test(l.text)) heldNode = l;
    else emit(l);
  }

  /**
   * Split at merged-record starts; dmesg stamps found mid-line also carry the piece's own time.
   * `physicalLength`: this text ends a longer physical line (see LogLine), given to its last piece.
   */
  function outMerged(
    line: number,
    text: string,
    time: string | null,
    uptime: number | null,
    physicalLength?: number,
  ): void {
    const splits = findMergeSplits(text);
    if (splits === null) {
      out(logLine(line, text, time, uptime, physicalLength));
      return;
    }
    if (splits.some((s) => !s.kernelFormat)) note('merged', line);
    let start = 0;
    for (const s of splits) {
      const piece = text.slice(start, s.end).trim();
      if (piece.length > 0) out({ line, text: piece, time, uptime });
      start = s.next;
      if (s.uptime !== null) {
        uptime = s.uptime;
        time = s.stamp;
      }
    }
    const last = text.slice(start).trim();
    if (last.length > 0) out(logLine(line, last, time, uptime, physicalLength));
  }

  function cutPagerMarker(line: number, text: string): string {
    const lastCode = text.charCodeAt(text.length - 1);
    if (lastCode !== 0x2026 && lastCode !== 62 /* > */) return text;
    if (lastCode === 62 && ENDS_IN_TAG.test(text)) return text;
    if (ONLY_ELISION.test(text)) return text;
    let kept = text.slice(0, -1).trimEnd();
    if (!TASK_ROW.test(kept) && /\d$/.test(kept)) kept = kept.replace(TRAILING_PARTIAL_NUMBER, '');
    kept = kept.replace(/[\s,]+$/, '');
    currentPagerCut = true;
    note('truncated', line);
    if (truncations.length < MAX_TRUNCATION_WARNINGS) {
      truncations.push({ line, severity: 'warning', message: EXPLAIN.truncated });
    }
    return kept;
  }

  /** The per-line repairs: pager marks, escaped line breaks, merged records. */
  function repair(line: number, text: string, time: string | null, uptime: number | null, source: string | null): void {
    // Every logical line comes out of a repair() call (or is a held one, already marked): set, not restored.
    currentSource = source;
    currentPagerCut = false;
    repairLine(line, text, time, uptime);
  }

  function repairLine(line: number, text: string, time: string | null, uptime: number | null): void {
    if (text.length === 0) {
      out({ line, text, time, uptime });
      return;
    }
    text = cutPagerMarker(line, text);
    if (text.indexOf('#0') === -1 && text.indexOf('\\x') === -1 && text.indexOf('\n') === -1) {
      outMerged(line, text, time, uptime);
      return;
    }
    if (text.indexOf('#011') !== -1) text = text.replaceAll('#011', '\t');
    if (text.indexOf('\\x09') !== -1) text = text.replaceAll('\\x09', '\t');
    if (!ESCAPED_LF.test(text) || /(?:^| )#012(?:-|$)/.test(text)) {
      // `#012-Ubuntu`: a kernel build tag, not an escape.
      outMerged(line, text, time, uptime);
      return;
    }
    if (text.indexOf('#012') !== -1) note('rsyslog', line);
    else if (text.indexOf('\\x0a') !== -1) note('kmsg', line);
    const pieces = text.split(ESCAPED_LF);
    pieces.forEach((piece, i) => {
      const trimmed = piece.trim();
      if (trimmed.length > 0) outMerged(line, trimmed, time, uptime, i === pieces.length - 1 ? text.length : undefined);
    });
  }

  /** A line whose end may continue on the next line (see cutEnds.ts), waiting for it. */
  let held: {
    line: number;
    text: string;
    time: string | null;
    uptime: number | null;
    source: string | null;
    cut: Cut;
  } | null = null;

  /** Repairs the held line; when the next line (`next`) completes its escape, returns `next` without the escape's rest. */
  function releaseHeld(next: string | null): string | null {
    const h = held;
    held = null;
    if (!h) return null;
    if (next === null || !completes(h.cut, next)) {
      repair(h.line, h.text, h.time, h.uptime, h.source);
      return null;
    }
    note(h.cut.escape === '#012' ? 'rsyslog' : 'kmsg', h.line);
    repair(h.line, h.text.slice(0, -h.cut.partial.length), h.time, h.uptime, h.source);
    // The rest keeps its own (prefix-less) reading, as every hard-wrapped continuation does.
    return next.slice(h.cut.rest.length).trimStart();
  }

  return {
    feed(line, text, time, uptime, gluedDate = false, source = null) {
      // An escape's rest keeps the line's own time.
      text = releaseHeld(text) ?? text;
      if (gluedDate) {
        note('merged', line);
        repair(line, text, time, uptime, source);
        return;
      }
      const cut = cutAtEnd(text);
      if (cut !== null) {
        held = { line, text, time, uptime, source, cut };
        return;
      }
      repair(line, text, time, uptime, source);
    },
    end() {
      releaseHeld(null);
      if (heldNode) emit(heldNode);
      heldNode = null;
    },
    diagnostics() {
      const out: Diagnostic[] = [];
      for (const [kind, s] of seen) {
        if (kind === 'truncated') continue;
        const where = s.count === 1 ? `line ${s.first}` : `${s.count} lines, first at line ${s.first}`;
        out.push({ line: s.first, severity: 'info', message: `${EXPLAIN[kind]} (${where})` });
      }
      const cut = seen.get('truncated');
      if (cut && cut.count > MAX_TRUNCATION_WARNINGS) {
        out.push({
          line: cut.first,
          severity: 'warning',
          message: `${cut.count} lines were cut by the journalctl pager; use \`journalctl --no-pager\` or \`-o cat\``,
        });
      }
      return [...out, ...truncations].sort((a, b) => a.line - b.line);
    },
  };
}

/** A LogLine; `physicalLength` only when given, so most lines keep the one shape. */
function logLine(
  line: number,
  text: string,
  time: string | null,
  uptime: number | null,
  physicalLength?: number,
): LogLine {
  return physicalLength === undefined ? { line, text, time, uptime } : { line, text, time, uptime, physicalLength };
}
