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
}: {
  detail: EventDetail;
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
  return (
    <div className="event-view">
      <div className="event-main">
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
        <div id="v-summary">
          <Summary detail={detail} />
        </div>
        {event.memcg ? (
          <div id="v-memcg">
            <MemcgPanel memcg={event.memcg} />
          </div>
        ) : null}
        <div id="v-zones">
          <ZoneWatermarks zones={event.zones} checks={analysis.zoneChecks} />
        </div>
        <div id="v-buddy">
          <BuddyHistogram
            buddy={event.buddy}
            requestedOrder={(event.trigger?.order ?? -1) >= 0 ? event.trigger!.order : null}
            kernelVersion={event.kernel?.version ?? null}
          />
        </div>
        <div id="v-gfp">
          <GfpFlags gfp={analysis.gfp} trigger={event.trigger} pageSizeKb={analysis.facts.pageKb} />
        </div>
        <div id="v-tasks">
          <TaskTable
            table={event.tasks}
            badness={analysis.badness}
            pageSizeKb={analysis.facts.pageKb}
            triggerPid={event.trigger?.pid ?? event.kernel?.pid ?? null}
            victimPid={event.victim?.pid ?? null}
            alsoKilled={alsoKilled}
          />
        </div>
        <div id="v-mem">
          <MemInfoView accounting={analysis.accounting} summary={event.summary} />
        </div>
        <div id="v-kernel">
          <KernelCard kernel={event.kernel} cpuset={event.cpuset} callTrace={event.callTrace} />
        </div>
        <div id="v-findings">
          <Findings findings={analysis.findings} />
        </div>
      </div>
      <aside className="event-source" aria-label="Source lines">
        <SourceView source={detail.source} highlight={highlight} marked={marked} />
      </aside>
    </div>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoEventView = memo(EventView);
export { MemoEventView as EventView };
