/** Swap findings: none configured, or all of it used. */
import { formatKb } from '../request';
import { UNLIMITED_KB } from '../totalPages';
import { type Rule, finding, percent } from './context';

/** Swap counts as exhausted when at most this share of it is free. */
export const SWAP_EXHAUSTED_FREE_SHARE = 0.02;

export const noSwap: Rule = ({ event }) => {
  const { totalSwapKb, lines } = event.summary;
  if (totalSwapKb !== 0) return null;
  return finding(
    'no-swap',
    'info',
    'No swap configured',
    'Total swap = 0 kB: anonymous memory (heaps, tmpfs) could not be moved out of RAM, so reclaim could only drop page cache. That is a choice, not a fault, but it makes OOM kills come sooner under memory pressure.',
    [lines.totalSwapKb],
  );
};

export const swapExhausted: Rule = ({ event }) => {
  const { totalSwapKb, freeSwapKb, lines } = event.summary;
  if (
    totalSwapKb !== null &&
    totalSwapKb > 0 &&
    freeSwapKb !== null &&
    freeSwapKb <= totalSwapKb * SWAP_EXHAUSTED_FREE_SHARE
  ) {
    return finding(
      'swap-exhausted',
      'warning',
      'Swap was full',
      `Free swap ${formatKb(freeSwapKb)} of ${formatKb(totalSwapKb)} (${percent(freeSwapKb, totalSwapKb)} free, at most ${SWAP_EXHAUSTED_FREE_SHARE * 100} % counts as full): the system had already pushed everything it could to swap before killing.`,
      [lines.freeSwapKb, lines.totalSwapKb],
    );
  }
  // A cgroup's own swap budget: v1 memory+swap at its limit, or v2 swap.max reached.
  const memcg = event.memcg;
  const counter = memcg?.memsw ?? (memcg?.swap && memcg.swap.limitKb > 0 ? memcg.swap : null);
  if (!counter || counter.limitKb >= UNLIMITED_KB || counter.usageKb < counter.limitKb) return null;
  const kind = memcg?.memsw ? 'memory+swap' : 'swap';
  return finding(
    'swap-exhausted',
    'warning',
    `The cgroup's ${kind} limit was reached`,
    `${kind}: usage ${formatKb(counter.usageKb)} of limit ${formatKb(counter.limitKb)} for ${memcg?.path ?? 'the cgroup'}: it could not swap out any further.`,
    [counter.line],
  );
};
