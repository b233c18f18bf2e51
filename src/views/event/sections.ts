/** Which of an event's panels have something to show: empty ones fold into one line instead of empty boxes. */
import type { EventDetail } from '../../worker/protocol';

export type SectionId = 'summary' | 'memcg' | 'zones' | 'buddy' | 'gfp' | 'tasks' | 'mem' | 'kernel' | 'findings';

export const SECTION_ORDER: SectionId[] = [
  'summary',
  'memcg',
  'zones',
  'buddy',
  'gfp',
  'tasks',
  'mem',
  'kernel',
  'findings',
];

/** Panels that can be empty on a fragment (summary and findings always say something; memcg only exists for one). */
export type Foldable = 'zones' | 'buddy' | 'gfp' | 'tasks' | 'mem' | 'kernel';

export function presentSections({ event, analysis }: EventDetail): { shown: SectionId[]; missing: Foldable[] } {
  const s = event.summary;
  const has: Record<Foldable, boolean> = {
    zones: event.zones.length > 0,
    buddy: event.buddy.length > 0,
    gfp: analysis.gfp != null || event.trigger?.gfpMask != null || event.trigger?.order != null,
    tasks: event.tasks != null,
    mem:
      (analysis.accounting?.rows.length ?? 0) > 0 ||
      analysis.accounting?.swapTotalKb != null ||
      [s.ramPages, s.highmemPages, s.reservedPages, s.pagecachePages, s.swapCachePages].some((v) => v != null),
    kernel: event.kernel != null || event.callTrace.length > 0 || event.cpuset != null,
  };
  const missing = (Object.keys(has) as Foldable[]).filter((k) => !has[k]);
  const shown = SECTION_ORDER.filter((id) =>
    id === 'memcg' ? event.memcg != null : !(missing as SectionId[]).includes(id),
  );
  return { shown, missing };
}
