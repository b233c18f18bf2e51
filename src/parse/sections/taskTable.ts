// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { Task } from '../model';
/** Task dump header in any era (`[ pid ]   uid  tgid total_vm      rss ...  name`), columns as ids (`pid`,`uid`,`tgid`,`total_vm`,`rss`,`rss_anon`,`rss_file`,`rss_shmem`,`nr_ptes`,`nr_pmds`,`pgtables_bytes`,`swapents`,`cpu`,`oom_adj`,`oom_score_adj`,`name`). */
export function parseTaskHeader(text: string): string[] | null { void text; return null; }
/** `Tasks state (memory values in pages):` banner (4.19+). */
export function isTaskBanner(text: string): boolean { void text; return false; }
/** One row for the given header columns; names may contain spaces, colons, brackets. */
export function parseTaskRow(text: string, columns: string[], line: number): Task | null { void text; void columns; void line; return null; }
/** Elision markers people leave in pastes: `...`, `…`, `...(此处有省略)`, `[...]`, `<snip>`. */
export function isElision(text: string): boolean { void text; return false; }
