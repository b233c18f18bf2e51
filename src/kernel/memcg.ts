/**
 * memcg facts. A limit of "max" is PAGE_COUNTER_MAX pages (LONG_MAX / PAGE_SIZE, include/linux/page_counter.h),
 * printed in kB as about 8 EiB; any limit this large is no limit at all.
 */
export const UNLIMITED_KB = 2 ** 50;

export function isUnlimitedKb(kb: number): boolean {
  return kb >= UNLIMITED_KB;
}
