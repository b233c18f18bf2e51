/**
 * A short diagnosis of an allocation-failure warning (`page allocation failure: order:N, mode:0x…`). These are
 * not OOM kills: the allocator returned NULL to its caller. Whether that matters depends on the caller:
 * - __GFP_NORETRY, __GFP_RETRY_MAYFAIL (4.13+; __GFP_REPEAT before) and __GFP_NOWARN say the caller handles
 *   failure (include/linux/gfp.h); an order above PAGE_ALLOC_COSTLY_ORDER is expected to fail under
 *   fragmentation and its callers normally fall back to smaller pages or vmalloc (kvmalloc, THP, skb frags);
 * - an atomic request (no __GFP_DIRECT_RECLAIM / __GFP_WAIT) cannot reclaim and fails when a zone dips under
 *   its min watermark: a burst, usually of network receive buffers;
 * - otherwise a sleeping request of a small order failed: a real shortage.
 */
import { decodeGfp, isCostlyOrder } from '../kernel';
import type { AllocationFailure } from '../parse/model';
import { finding } from './findings/context';
import type { Finding } from './types';

const FALLBACK_FLAGS = ['__GFP_NORETRY', '__GFP_RETRY_MAYFAIL', '__GFP_REPEAT', '__GFP_NOWARN'];

/** `version`: the kernel release of the file's events, if any (the warning itself may not carry one). */
export function analyzeAllocationFailure(failure: AllocationFailure, version: string | null = null): Finding[] {
  try {
    return diagnose(failure, failure.kernel?.version ?? version);
  } catch {
    return [];
  }
}

function diagnose(failure: AllocationFailure, version: string | null): Finding[] {
  const order = failure.order;
  const gfp = failure.gfpMask ? decodeGfp(failure.gfpMask, version) : null;
  const members = new Set(gfp?.flags.flatMap((f) => f.members) ?? []);
  const printed = failure.gfpPrinted ?? '';
  const flags = FALLBACK_FLAGS.filter((f) => members.has(f) || printed.includes(f));
  const costly = order !== null && isCostlyOrder(order);
  const lines = [failure.firstLine];
  const base = { comm: failure.comm, order, mask: failure.gfpMask, flags: flags.join('|') || null };
  if (flags.length > 0 || costly)
    return [finding('alloc-failure-has-fallback', 'info', { ...base, costly: costly ? 1 : 0 }, lines)];
  if (gfp && !gfp.canSleep) return [finding('alloc-failure-atomic', 'info', base, lines)];
  if (gfp) return [finding('alloc-failure-shortage', 'warning', base, lines)];
  return [];
}
