/**
 * Migrate-type letters as the kernel prints them after buddy counts (show_migration_types in
 * mm/page_alloc.c); 'R' is the pre-4.4 MIGRATE_RESERVE. Display names only: the kernel layer owns the rules.
 */
export const MIGRATE_LETTERS: Record<string, string> = {
  U: 'Unmovable',
  M: 'Movable',
  E: 'Reclaimable',
  H: 'HighAtomic',
  C: 'CMA',
  I: 'Isolate',
  R: 'Reserve',
};
