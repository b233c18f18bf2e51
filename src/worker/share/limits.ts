/**
 * Versions and limits of what a share link or analysis file may carry. A link is untrusted input: anyone can
 * craft one (a 1.8 MB link that inflates to 400 MB, a line number of a billion), so every size is capped here
 * and checked before any work is done.
 */

/** Link format: 1 = the first links (`#s=` only, lines numbered from 1); 2 = with name, line numbers, version. */
export const LINK_VERSION = 2;
export const LEGACY_LINK_VERSION = 1;

/** The analysis file: `{"format": "oomscope-analysis", "version": 1, ...}`. */
export const FILE_FORMAT = 'oomscope-analysis';
export const FILE_VERSION = 1;

/** Longest fragment looked at (Chromium's own URL limit is 2 MiB; nothing longer is a real link). */
export const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;
/** Inflating stops here; a real event is far smaller (the largest in the corpus is under 1 MiB). */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
/** Largest analysis file read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Original line numbers above this are not believed (a 2 GB journal has about 20 million lines). */
export const MAX_LINE_NUMBER = 50_000_000;
/** Line ranges in one link or file (an event is one range; gaps are rare). */
export const MAX_RANGES = 10_000;
export const MAX_NAME_CHARS = 255;
