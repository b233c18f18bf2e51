/** Every view of the selected event, with the raw source beside them (evidence links land there). */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../worker/protocol';
import { BuddyHistogram } from '../charts/BuddyHistogram';
import { Findings } from './Findings';
import { GfpFlags } from './GfpFlags';
import { KernelCard } from './KernelCard';
import { MemcgPanel } from './MemcgPanel';
import { MemInfoView } from './MemInfoView';
import { SourceView } from '../source/SourceView';
import { Summary } from './Summary';
import { TaskTable } from '../tasks/TaskTable';
import { ZoneWatermarks } from '../charts/ZoneWatermarks';
import { countRender } from '../app/renderProbe';
import { Retiring, Staged } from '../common/Staged';

const SECTIONS: [string, string][] = [
  ['v-summary', 'Summary'],
  ['v-memcg', 'cgroup'],
  ['v-zones', 'Watermarks'],
  ['v-buddy', 'Free blocks'],
  ['v-gfp', 'gfp flags'],
  ['v-tasks', 'Tasks'],
  ['v-mem', 'Memory'],
  ['v-kernel', 'Kernel'],
  ['v-findings', 'Findings'],
];

function jumpToSection(id: string) {
  const el = document.getElementById(id);
  el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function EventView({
  detail,
  highlight,
  marked = [],
  onShare,
  retiring = false,
}: {
  detail: EventDetail;
  /**
   * The event is being left (a new file is read): its views unmount one per task (Staged), not all in one
   * long task; the view stays laid out but invisible meanwhile.
   */
  retiring?: boolean;
  highlight: number | null;
  /** Other lines of the same evidence, marked more lightly. */
  marked?: number[];
  onShare?: () => void;
}) {
  countRender('EventView');
  const { t } = useTranslation();
  const { event, analysis } = detail;
  const alsoKilled = useMemo(() => event.oomGroup?.killed.map((k) => k.pid), [event]);
  const sections = SECTIONS.filter(([id]) => id !== 'v-memcg' || event.memcg);
  // Each view mounts (and moves to another event, and unmounts) in a task of its own: src/views/common/Staged.tsx.
  const v = detail;
  return (
    <Retiring value={retiring}>
      {/* Retiring: invisible and inert but still laid out, so its charts see no resize (a resize would make
          every Recharts chart render again, all in one task). */}
      <div
        className="event-view"
        data-retiring={retiring ? 'true' : undefined}
        inert={retiring}
        aria-hidden={retiring || undefined}
      >
        <div className="event-main">
          {retiring ? null : (
            <nav className="section-nav" aria-label="Views of this event">
              {sections.map(([id, label]) => (
                <button key={id} type="button" onClick={() => jumpToSection(id)}>
                  {label}
                </button>
              ))}
              {onShare ? (
                <button type="button" className="share" onClick={onShare} data-testid="share" aria-haspopup="dialog">
                  {t('share.button')}
                </button>
              ) : null}
            </nav>
          )}
          <div id="v-summary">
            <Staged version={v} minHeight={200} label="summary">
              <Summary detail={detail} />
            </Staged>
          </div>
          {event.memcg ? (
            <div id="v-memcg">
              <Staged version={v} label="memcg">
                <MemcgPanel memcg={event.memcg} />
              </Staged>
            </div>
          ) : null}
          <div id="v-zones">
            <Staged version={v} minHeight={120} label="zones">
              <ZoneWatermarks zones={event.zones} checks={analysis.zoneChecks} />
            </Staged>
          </div>
          <div id="v-buddy">
            <Staged version={v} minHeight={120} label="buddy">
              <BuddyHistogram
                buddy={event.buddy}
                requestedOrder={(event.trigger?.order ?? -1) >= 0 ? event.trigger!.order : null}
                kernelVersion={event.kernel?.version ?? null}
              />
            </Staged>
          </div>
          <div id="v-gfp">
            <Staged version={v} label="gfp">
              <GfpFlags gfp={analysis.gfp} trigger={event.trigger} pageSizeKb={analysis.facts.pageKb} />
            </Staged>
          </div>
          <div id="v-tasks">
            <Staged version={v} minHeight={200} label="tasks">
              <TaskTable
                table={event.tasks}
                badness={analysis.badness}
                pageSizeKb={analysis.facts.pageKb}
                triggerPid={event.trigger?.pid ?? event.kernel?.pid ?? null}
                victimPid={event.victim?.pid ?? null}
                alsoKilled={alsoKilled}
              />
            </Staged>
          </div>
          <div id="v-mem">
            <Staged version={v} label="memory">
              <MemInfoView accounting={analysis.accounting} summary={event.summary} />
            </Staged>
          </div>
          <div id="v-kernel">
            <Staged version={v} label="kernel">
              <KernelCard kernel={event.kernel} cpuset={event.cpuset} callTrace={event.callTrace} />
            </Staged>
          </div>
          <div id="v-findings">
            <Staged version={v} label="findings">
              <Findings findings={analysis.findings} />
            </Staged>
          </div>
        </div>
        <aside className="event-source" aria-label="Source lines">
          <Staged version={v} minHeight={300} label="source">
            <SourceView source={detail.source} highlight={highlight} marked={marked} />
          </Staged>
        </aside>
      </div>
    </Retiring>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoEventView = memo(EventView);
export { MemoEventView as EventView };
