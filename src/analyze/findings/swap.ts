/**
 * Swap findings: none configured, all of it used, or plenty left untouched while the OOM happened. Machine
 * swap describes machine-wide OOMs; a cgroup has its own budget (memory+swap, swap.max).
 */
import { keyOf } from '../../kernel/version';
import { UNLIMITED_KB } from '../../kernel/memcg';
import { type Rule, finding, pct } from './context';
import { SWAP_EXHAUSTED_FREE_SHARE, SWAP_UNUSED_FREE_SHARE } from './thresholds';

export const noSwap: Rule = ({ event }) => {
  const { totalSwapKb, lines } = event.summary;
  if (totalSwapKb !== 0) return null;
  return finding('no-swap', 'info', {}, [lines.totalSwapKb]);
};

export const swapExhausted: Rule = ({ event, facts }) => {
  const { totalSwapKb, freeSwapKb, lines } = event.summary;
  if (
    facts.scope !== 'memcg' &&
    totalSwapKb !== null &&
    totalSwapKb > 0 &&
    freeSwapKb !== null &&
    freeSwapKb <= totalSwapKb * SWAP_EXHAUSTED_FREE_SHARE
  ) {
    return finding(
      'swap-exhausted',
      'warning',
      {
        kind: 'machine',
        freeKb: freeSwapKb,
        totalKb: totalSwapKb,
        pct: pct(freeSwapKb, totalSwapKb),
        thresholdPct: SWAP_EXHAUSTED_FREE_SHARE * 100,
      },
      [lines.freeSwapKb, lines.totalSwapKb],
    );
  }
  // A cgroup's own swap budget: v1 memory+swap at its limit, or v2 swap.max reached.
  const memcg = event.memcg;
  const counter = memcg?.memsw ?? (memcg?.swap && memcg.swap.limitKb > 0 ? memcg.swap : null);
  if (!counter || counter.limitKb >= UNLIMITED_KB || counter.usageKb < counter.limitKb) return null;
  return finding(
    'swap-exhausted',
    'warning',
    {
      kind: memcg?.memsw ? 'memsw' : 'swap',
      usageKb: counter.usageKb,
      limitKb: counter.limitKb,
      path: facts.memcg?.oomPath ?? memcg?.path ?? null,
    },
    [counter.line],
  );
};

/**
 * Swap present and nearly all free during a machine-wide OOM: reclaim did not (or could not) use it. On a
 * 32-bit HighMem machine a lowmem request cannot be helped by swapping out anonymous pages that live in
 * HighMem; 4.8–4.10 kernels also had lowmem reclaim problems on such machines after the LRU lists moved
 * from the zones to the node in 4.8 ("mm, vmscan: move LRU lists to node", 599d0c954f91).
 */
export const swapUnused: Rule = ({ event, facts }) => {
  const { totalSwapKb, freeSwapKb, lines } = event.summary;
  if (facts.scope !== 'global' || !totalSwapKb || freeSwapKb === null) return null;
  if (freeSwapKb < totalSwapKb * SWAP_UNUSED_FREE_SHARE) return null;
  const lowmem = facts.highmem && !facts.usableZones.includes('HighMem') && facts.request !== null;
  const nodeLruEra = facts.kernel.exact && facts.kernel.lo >= keyOf('4.8') && facts.kernel.lo < keyOf('4.11');
  return finding(
    'swap-unused',
    'warning',
    {
      freeKb: freeSwapKb,
      totalKb: totalSwapKb,
      pct: pct(freeSwapKb, totalSwapKb),
      reason: lowmem ? 'lowmem' : 'unknown',
      nodeLruEra: lowmem && nodeLruEra ? 1 : 0,
      kernel: facts.kernel.version,
    },
    [lines.freeSwapKb, lines.totalSwapKb],
  );
};
