/** Named thresholds of the findings; each finding's text states the one it used. */

/** −1000 tasks are "much" when together they hold this share of RAM (or of the cgroup limit)… */
export const UNKILLABLE_SHARE_OF_MEMORY = 0.1;
/** …or, when neither is known, this share of all listed task RSS. */
export const UNKILLABLE_SHARE_OF_RSS = 0.25;
/** One process dominates when it holds at least half of what all listed processes hold… */
export const DOMINANT_SHARE = 0.5;
/** …and at least this share of RAM (or of the cgroup limit). */
export const DOMINANT_SHARE_OF_MEMORY = 0.1;
/** Many copies: at least this many tasks of one name… */
export const MANY_COPIES_MIN = 5;
/** …holding together at least this share of all listed RSS. */
export const MANY_COPIES_SHARE = 0.25;
/** Kernel memory charged to a cgroup dominates at this share of its usage. */
export const KERNEL_MEMORY_SHARE = 0.5;
/** Swap counts as exhausted when at most this share of it is free… */
export const SWAP_EXHAUSTED_FREE_SHARE = 0.02;
/** …and as unused when at least this share is free. */
export const SWAP_UNUSED_FREE_SHARE = 0.9;
/** A cgroup limit is far below its workload when what its tasks hold is this many times the limit. */
export const WORKLOAD_OVER_LIMIT = 2;
