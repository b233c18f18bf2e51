/** Findings about who asked, who was chosen and who was killed. */
import { chosenIsNotTop } from '../badness';
import { type FindingContext, type Rule, finding } from './context';

/** The killed task: the kill line, else the 5.0+ constraint line (it names the task about to be killed). */
function killedTask({ event }: FindingContext): { pid: number; comm: string; line: number } | null {
  if (event.victim) return { pid: event.victim.pid, comm: event.victim.comm, line: event.victim.line };
  const c = event.constraint;
  return c && c.pid !== null ? { pid: c.pid, comm: c.task ?? '', line: c.line } : null;
}

export const triggerIsNotVictim: Rule = (ctx) => {
  const { facts } = ctx;
  const victim = killedTask(ctx);
  const invoker = facts.invoker;
  if (invoker.pid === null || !victim || invoker.kind === 'sysrq' || invoker.kind === 'kswapd') return null;
  const relation = facts.triggerToVictim.relation;
  if (relation === 'same' || relation === 'thread' || relation === 'same-name') return null;
  return finding(
    'trigger-is-not-victim',
    'warning',
    {
      comm: invoker.comm,
      pid: invoker.pid,
      invoker: invoker.kind,
      victimComm: victim.comm,
      victimPid: victim.pid,
    },
    [...invoker.lines, victim.line, ...facts.triggerToVictim.lines],
  );
};

/** The CPU:/PID: line prints a thread id; the kill line the process. A thread of the victim is the victim. */
export const triggerThreadOfVictim: Rule = (ctx) => {
  const { facts } = ctx;
  const victim = killedTask(ctx);
  const relation = facts.triggerToVictim.relation;
  if (!victim || (relation !== 'thread' && relation !== 'same-name')) return null;
  return finding(
    'trigger-thread-of-victim',
    'info',
    { threadPid: facts.invoker.pid, victimPid: victim.pid, comm: victim.comm, proven: relation === 'thread' ? 1 : 0 },
    [...facts.invoker.lines, victim.line, ...facts.triggerToVictim.lines],
  );
};

/**
 * kswapd as the invoker. Upstream kswapd never calls the OOM killer (kernel/frames.ts): a trace with
 * balance_pgdat → out_of_memory is a vendor kernel's change. No process's allocation failed; the mask and
 * order in the header are kswapd's own, so the request-based checks do not describe a real request.
 */
export const kswapdInvoker: Rule = ({ facts }) => {
  if (facts.invoker.kind !== 'kswapd') return null;
  return finding(
    'kswapd-invoker',
    'warning',
    { comm: facts.invoker.comm, pid: facts.invoker.pid, kernel: facts.kernel.version },
    facts.invoker.lines,
  );
};

/**
 * Before 5.1 the kernel may kill a child with its own memory instead of the selected process. When the
 * selected pid is a thread of the killed process (the table shows one process of that name and no row for the
 * pid), nothing was sacrificed: the kernel printed a thread id.
 */
export const sacrificedChild: Rule = ({ event, facts }) => {
  const { selection, victim } = event;
  if (!selection || !victim || selection.pid === victim.pid) return null;
  const relation = facts.selectionToVictim.relation;
  if (relation === 'thread') return null;
  return finding(
    'sacrificed-child',
    'info',
    {
      selectedComm: selection.comm,
      selectedPid: selection.pid,
      score: selection.score,
      victimComm: victim.comm,
      victimPid: victim.pid,
    },
    [selection.line, victim.line],
  );
};

export const selectedThreadOfVictim: Rule = ({ event, facts }) => {
  const { selection, victim } = event;
  if (!selection || !victim || facts.selectionToVictim.relation !== 'thread') return null;
  return finding(
    'selected-thread-of-victim',
    'info',
    { selectedPid: selection.pid, victimPid: victim.pid, comm: victim.comm },
    [selection.line, victim.line, ...facts.selectionToVictim.lines],
  );
};

export const victimNotTopScore: Rule = ({ badness, facts }) => {
  if (!badness || !chosenIsNotTop(badness)) return null;
  const chosen = badness.tasks.find((t) => t.pid === badness.chosenPid)!;
  const top = badness.tasks.find((t) => t.pid === badness.topPid)!;
  const close = badness.notTopReasons.includes('within-2pct');
  return finding(
    'victim-not-top-score',
    close ? 'info' : 'warning',
    {
      rule: badness.rule,
      topComm: top.name,
      topPid: top.pid,
      topPoints: top.points,
      topScore: top.score,
      chosenComm: chosen.name,
      chosenPid: chosen.pid,
      chosenPoints: chosen.points,
      chosenScore: chosen.score,
      scope: facts.scope,
    },
    [chosen.line, top.line],
    badness.notTopReasons.map((reason) => ({ reason })),
  );
};

/**
 * The printed score, reproduced exactly only with a rule worth saying (no root bonus: the task ran as root
 * without CAP_SYS_ADMIN; the clamp; swap or totalpages the table does not print), or not reproduced at all.
 */
export const printedScore: Rule = ({ badness, event }) => {
  if (!badness || badness.printedScore === null || badness.recomputedScore === null) return null;
  if (badness.match === 'close' || (badness.match === 'exact' && badness.adjustments.length === 0)) return null;
  const row = event.tasks?.tasks.find((t) => t.pid === badness.chosenPid);
  return finding(
    'printed-score',
    'info',
    {
      match: badness.match,
      printed: badness.printedScore,
      recomputed: badness.recomputedScore,
      comm: event.selection?.comm ?? event.victim?.comm ?? null,
      pid: badness.chosenPid,
      uid: row?.uid ?? event.victim?.uid ?? null,
      rule: badness.rule,
      basis: badness.totalPagesBasis,
      totalPages: badness.totalPages,
      impliedSwapKb: impliedSwap(badness.impliedSwapKb),
      fromKillLine: badness.fromKillLine ? 1 : 0,
    },
    [event.selection?.line, row?.line, event.memcg?.memsw?.line],
    // The totalpages reading is in `basis`; the items are the rest.
    badness.adjustments
      .filter((a) => a !== 'memory-limit-total' && a !== 'memsw-limit-total' && a !== 'ram-total')
      .map((adjustment) => ({
        adjustment,
        uid: row?.uid ?? null,
        impliedSwapKb: impliedSwap(badness.impliedSwapKb),
      })),
  );
};

/** The middle of the swap range a printed score implies (its ends differ by less than a per mille). */
function impliedSwap(range: [number, number] | null): number | null {
  return range ? Math.round((range[0] + range[1]) / 2) : null;
}
