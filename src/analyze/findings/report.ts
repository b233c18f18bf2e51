/** Findings about the report itself: cut, partial, cut short by a kernel bug, or printed with flags we decode differently. */
import { stripParens } from '../../kernel/gfp/printed';
import { type Rule, finding } from './context';

export const fragmentOnly: Rule = ({ event, facts }) => {
  if (event.kind !== 'fragment') return null;
  return finding('fragment-only', 'info', { scope: facts.scope, hasKill: event.victim || event.selection ? 1 : 0 }, [
    event.firstLine,
  ]);
};

export const incompleteReport: Rule = ({ event }) => {
  if (event.complete || event.kind === 'fragment') return null;
  const missingKill = !(event.victim || event.panic || event.noKillable);
  return finding(
    'incomplete-report',
    'info',
    {
      missingKill: missingKill ? 1 : 0,
      missingHeader: event.trigger ? 0 : 1,
      cut: (event.cuts?.length ?? 0) > 0 ? 1 : 0,
    },
    [event.firstLine, event.lastLine, ...(event.cuts ?? []).map((c) => c.line)],
  );
};

/**
 * An Oops, BUG or KASAN report inside or right after the OOM report (in `__show_mem`, in the reaper): it
 * explains the lines that are missing after it, and it is a kernel bug worth reporting on its own.
 */
export const kernelBugDuringOom: Rule = ({ event }) => {
  const bug = event.kernelBugs?.[0];
  if (!bug) return null;
  return finding(
    'kernel-bug-during-oom',
    'critical',
    { kind: bug.kind, message: bug.message, function: bug.function, count: event.kernelBugs!.length },
    event.kernelBugs!.map((b) => b.line),
  );
};

/**
 * The kernel's printed flag names against our table. On -rc/-next and merge-window kernels the tables may
 * match no release: there the kernel's own names are the truth and our decode only a guess.
 */
export const gfpDecodeMismatch: Rule = ({ gfp, event, facts }) => {
  if (!gfp?.mismatch || facts.kernel.prerelease) return null;
  return finding(
    'gfp-decode-mismatch',
    'warning',
    {
      printed: stripParens(event.trigger?.gfpPrinted ?? ''),
      mask: gfp.mask,
      decoded: gfp.printed,
      table: gfp.pick.tableId,
    },
    [event.trigger?.line],
  );
};

export const gfpPrerelease: Rule = ({ gfp, event, facts }) => {
  if (!gfp || !facts.kernel.prerelease) return null;
  const printed = event.trigger?.gfpPrinted ? stripParens(event.trigger.gfpPrinted) : null;
  // Bits the kernel printed as hex: its own table has no name for them. What does ours call them?
  const unnamed = (printed ?? '').split('|').filter((n) => /^0x[0-9a-f]+$/i.test(n));
  const values = new Set(unnamed.map((n) => Number.parseInt(n, 16)));
  const ours = gfp.flags.filter((f) => !f.composite && values.has(Number.parseInt(f.value, 16))).map((f) => f.name);
  return finding(
    'gfp-prerelease',
    'info',
    {
      kernel: facts.kernel.version,
      mask: gfp.mask,
      printed,
      decoded: gfp.printed,
      differs: printed !== null && printed !== gfp.printed ? 1 : 0,
      unnamed: unnamed.join('|') || null,
      ourNames: ours.join('|') || null,
    },
    [event.trigger?.line, facts.kernel.line],
  );
};
