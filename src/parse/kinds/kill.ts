/**
 * The kill: the ≤5.0 selection line, the 5.0+ `oom-kill:` summary, `Killed process` (which ends the
 * report), and the reaper's line after it (right after, or much later).
 */
import type { ConstraintInfo, KillSelection, OomEvent, Reaped, Victim } from '../model';
import { parseConstraint } from '../sections/constraint';
import {
  echoSourceOf,
  parseKillSelection,
  parseReaped,
  parseVictim,
  quotedKillPid,
  quotesKill,
} from '../sections/kill';
import { isMemcgKillMessage } from '../sections/memcg';
import { ANY, endsBeforeKill, ensureMemcg, storesNothing, type KindRecords } from './kind';

export interface KillReadings {
  /** Another program's line quoting a kill (node-problem-detector, kubelet, containerd): evidence, not a kill. */
  killEcho: { pid: number; source: string | null };
  selection: { selection: KillSelection; memcgMessage: boolean };
  constraint: { constraint: ConstraintInfo };
  victim: { victim: Victim; memcgMessage: boolean };
  reaped: { reaped: Reaped };
}

/** Fixed endings the selection parser accepts cut, so a tail that completes them adds no field. */
const SELECTION_ENDING = /(sacrifice child|or a child)\s*$/;

export const KILL_KINDS = {
  killEcho: {
    recognise: {
      line: {
        starts: ANY, // asked before `victim.line`: the quoting program's text comes first
        classify(text) {
          if (!text.includes('ill process') && !text.includes('illed process')) return null;
          if (!quotesKill(text)) return null;
          const pid = quotedKillPid(text);
          return pid !== null ? { kind: 'killEcho', pid, source: echoSourceOf(text) } : null;
        },
      },
    },
    section: 'none',
    // The builder gives an echo to the event whose kill it quotes (by pid), wherever that event is.
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'joinsEarlierEvent',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'absorbed' }, joinedReading: false },
  },
  selection: {
    recognise: {
      line: {
        starts: ANY, // asked right after `victim.line`, on the lines it refused
        classify(text, line) {
          if (!text.includes('process')) return null;
          const selection = parseKillSelection(text, line);
          return selection ? { kind: 'selection', selection, memcgMessage: isMemcgKillMessage(text) } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      open.event.selection = c.selection;
      open.sawMemcgKillMessage ||= c.memcgMessage;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          if (open.event.selection === old.selection) open.event.selection = null;
        },
      },
      joinedReading: true,
      // `... or sa` + `crifice child`
      tailAddsNothingHarmless: (cut, _tail, joined) =>
        SELECTION_ENDING.test(joined) && !SELECTION_ENDING.test(cut.text),
    },
  },
  constraint: {
    recognise: {
      line: {
        starts: 'o', // `oom-kill:constraint=`
        classify(text, line) {
          if (!text.includes('oom-kill:')) return null;
          const constraint = parseConstraint(text, line);
          return constraint ? { kind: 'constraint', constraint } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      applyConstraint(open.event, c.constraint);
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          const e = open.event;
          if (e.constraint === old.constraint) e.constraint = null;
          if (e.memcg && e.memcg.path === old.constraint.oomMemcg) e.memcg.path = null;
          if (e.memcg && e.memcg.taskPath === old.constraint.taskMemcg) e.memcg.taskPath = null;
        },
      },
      joinedReading: true,
    },
  },
  victim: {
    recognise: {
      line: {
        starts: ANY, // the message before `Killed process` can be anything
        classify(text, line) {
          if (!text.includes('process')) return null;
          const victim = parseVictim(text, line);
          return victim ? { kind: 'victim', victim, memcgMessage: isMemcgKillMessage(text) } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      open.event.victim = c.victim;
      open.sawMemcgKillMessage ||= c.memcgMessage;
    },
    closesEvent: true,
    // After the kill line, the other kills of a memory.oom.group belong to the event too.
    afterKill(open, c) {
      const group = open.event.oomGroup;
      if (!group) return false;
      group.killed.push(c.victim);
      return 'recorded';
    },
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          if (open.event.victim === old.victim) open.event.victim = null;
        },
      },
      joinedReading: true,
    },
  },
  reaped: {
    recognise: {
      line: {
        starts: 'o', // `oom_reaper: reaped process`
        classify(text, line) {
          if (!text.includes('oom_reaper')) return null;
          const reaped = parseReaped(text, line);
          return reaped ? { kind: 'reaped', reaped } : null;
        },
      },
    },
    section: 'none',
    // The builder gives a reaper line to the event of its victim (right after the kill or much later);
    // one reaching apply was joined from two lines nobody understood: it changes nothing.
    apply: storesNothing,
    closesEvent: false,
    afterKill(open, c) {
      const e = open.event;
      if (e.victim && c.reaped.pid === e.victim.pid && !e.reaped) {
        e.reaped = c.reaped;
        return 'recorded';
      }
      return e.oomGroup !== null ? 'recorded' : false; // a reaper line for any of the group's kills
    },
    outside: 'joinsEarlierEvent',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replacesOutOfBand',
        replace(event, old, joined) {
          if (event.reaped === old.reaped) event.reaped = joined.reaped;
        },
      },
      joinedReading: true,
    },
  },
} satisfies KindRecords<KillReadings>;

function applyConstraint(e: OomEvent, constraint: ConstraintInfo): void {
  e.constraint = constraint;
  if (constraint.oomMemcg !== null) {
    const memcg = ensureMemcg(e, constraint.line);
    memcg.path ??= constraint.oomMemcg;
    memcg.taskPath ??= constraint.taskMemcg;
  }
}
