/**
 * Props for component tests, made from real logs: a fixture is parsed, analysed and summarised the way the
 * worker does it (src/worker/session.ts: a parser keeping raw lines, analyzeEvent, toEventSummary,
 * rawLinesOf), so a view is tested on what the app would show it, not on an imagined event. Hand-made
 * hand-overs of protocol data (the fake worker client in App.test.tsx) use these too. Node only.
 *
 * What is hand-made, and why, lives with the test that needs it (no fixture has that case): v1 memcg
 * children (MemcgPanel), a zone printed as `empty` (BuddyHistogram, ≤2.6.2x logs), a decode mismatch.
 */
import { analyzeEvent } from '../../src/analyze/index';
import type { EventAnalysis } from '../../src/analyze/types';
import type { GfpDecode } from '../../src/kernel/types';
import { createParser } from '../../src/parse/index';
import type { MemcgInfo, OomEvent, Task } from '../../src/parse/model';
import type { EventDetail, EventSummary } from '../../src/worker/protocol';
import { toEventSummary } from '../../src/worker/summarise';
import { readFixture } from './fixtures';

interface ParsedLog {
  details: EventDetail[];
  summaries: EventSummary[];
}

/** Every event of `text` as the worker hands it to the views: detail (event, analysis, raw lines) and summary. */
export function asWorkerWould(text: string): ParsedLog {
  const parser = createParser({ keepRaw: true });
  parser.push(text);
  const { events } = parser.end();
  const details = events.map((event) => ({
    event,
    analysis: analyzeEvent(event),
    source: parser.rawLinesOf(event.index),
  }));
  return { details, summaries: details.map((d) => toEventSummary(d.event, d.analysis)) };
}

function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`viewData: expected one ${what}, found ${items.length}`);
  return items[0];
}

// The Arch Linux 6.1 global OOM (doxygen killed, also the trigger): the app's built-in sample.
export const ARCH_FIXTURE = 'archlinux_6.1.1-arch1-1_embedded_example.log';
// A 4.18 cgroup v1 OOM (the "leaker" memcg), the memcg sample.
export const MEMCG_FIXTURE = '4.18_cgroupv1_leaker_lkml.log';
// Two cgroup v2 OOMs on NixOS 6.5.
export const NIXOS_FIXTURE = '6.5.0_nixos_cgroupv2_2events_dmesg.log';

export const DETAIL: EventDetail = only(asWorkerWould(readFixture(ARCH_FIXTURE)).details, 'event in the Arch log');
export const EVENT: OomEvent = DETAIL.event;
export const ANALYSIS: EventAnalysis = DETAIL.analysis;
export const GFP: GfpDecode = ANALYSIS.gfp!;

/**
 * Seven of the Arch log's 112 task rows, as printed: few enough that a test can name its expectations,
 * and chosen for what they show (oom_score_adj -250, -1000 and 300; rss 0; two chromes; the victim doxygen
 * and the next largest java; `top`, which a test makes the trigger).
 */
export const TASK_PIDS = [246, 274, 331049, 375042, 376692, 473206, 473207];
export const TASKS: Task[] = TASK_PIDS.map((pid) => EVENT.tasks!.tasks.find((t) => t.pid === pid)!);

/** The memcg of the 4.18 leaker report: cgroup v1, stats in kB. */
export const MEMCG: MemcgInfo = only(asWorkerWould(readFixture(MEMCG_FIXTURE)).details, 'event in the 4.18 log').event
  .memcg!;

const NIXOS = asWorkerWould(readFixture(NIXOS_FIXTURE));

/** The first NixOS report (a cgroup v2 OOM, 4 task rows): a real event that is light to render. */
export const NIXOS_DETAIL: EventDetail = NIXOS.details[0];

/** Both NixOS reports (the second 8 ms after the first killed .thunderbird-wr), for the Compare view. */
export const NIXOS_DETAILS: EventDetail[] = NIXOS.details;
export const NIXOS_SUMMARIES: EventSummary[] = NIXOS.summaries;

/** The memcg of the first NixOS report: cgroup v2, memory.stat in bytes. */
export const MEMCG_V2: MemcgInfo = NIXOS_DETAIL.event.memcg!;

/**
 * Three events of one journal, as the event list gets them: the Arch global OOM followed by the two NixOS
 * memcg OOMs (two real logs one after the other, as a long-running machine's journal holds them).
 */
export const SUMMARIES: EventSummary[] = asWorkerWould(
  `${readFixture(ARCH_FIXTURE)}\n${readFixture(NIXOS_FIXTURE)}`,
).summaries;

/** The task table's columns for TASKS with ANALYSIS.badness: pid and name, the recomputed ones, the printed ones in order. */
export const SHOWN_COLUMNS = [
  'pid',
  'name',
  'rank',
  'score',
  'points',
  'uid',
  'tgid',
  'total_vm',
  'rss',
  'pgtables_bytes',
  'swapents',
  'oom_score_adj',
];
