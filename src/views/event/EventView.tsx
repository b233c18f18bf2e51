/**
 * Every view of the selected event, with the raw source beside them (evidence links land there). Panels with
 * nothing to show on this report (a fragment) fold into one line; the bar above them jumps between the rest
 * and holds the event's actions (share, compare, export).
 */
import { memo, useMemo, useState, type ReactNode } from 'react';
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
import { ExportMenu } from '../export/ExportMenu';
import { CompareMenu } from '../compare/CompareMenu';
import { ExportNameContext } from '../export/exportName';
import { useT } from '../common/useT';
import { countRender } from '../app/renderProbe';
import { presentSections, type SectionId } from './sections';
import { SectionBar } from './SectionBar';
import { Splitter } from './Splitter';
import { Retiring, Staged } from '../common/Staged';

function EventView({
  detail,
  highlight,
  marked = [],
  onShare,
  name = 'oomscope',
  eventJson,
  retiring = false,
}: {
  detail: EventDetail;
  /**
   * The event is being left (a new file is read): its views unmount one per task (Staged), not all in one
   * long task; its content is skipped (kept laid out, not shown) meanwhile.
   */
  retiring?: boolean;
  highlight: number | null;
  /** Other lines of the same evidence, marked more lightly. */
  marked?: number[];
  onShare?: () => void;
  /** The log's name as the user knows it (exports are named after it). */
  name?: string;
  /** The event as the CLI's JSON document (the page's worker helps make it). */
  eventJson?: (detail: EventDetail) => Promise<string>;
}) {
  countRender('EventView');
  const t = useT();
  const { event, analysis } = detail;
  const alsoKilled = useMemo(() => event.oomGroup?.killed.map((k) => k.pid), [event]);
  const { shown, missing } = useMemo(() => presentSections(detail), [detail]);
  const exportName = useMemo(() => ({ log: name, event: event.index + 1 }), [name, event.index]);
  const [sourceWidth, setSourceWidth] = useState(30);
  const has = (id: SectionId) => shown.includes(id);
  // Each view mounts (and moves to another event, and unmounts) in a task of its own: src/views/common/Staged.tsx.
  const section = (id: SectionId, body: ReactNode, minHeight?: number) =>
    has(id) ? (
      <div id={`v-${id}`} tabIndex={-1} className="section-target">
        <Staged version={detail} minHeight={minHeight} label={id}>
          {body}
        </Staged>
      </div>
    ) : null;

  return (
    <ExportNameContext.Provider value={exportName}>
      <Retiring value={retiring}>
        {/* Retiring: its content skipped (content-visibility: hidden, staged.css), which also keeps it from focus,
          clicks and find-in-page (an `inert` as well made the browser restyle all of it); its layout is kept, so
          its charts and grids see no resize (a resize would draw them again). */}
        <div
          className="event-view"
          style={{ ['--source-width' as string]: `${sourceWidth}%` }}
          data-retiring={retiring ? 'true' : undefined}
          aria-hidden={retiring || undefined}
        >
          <div className="event-main">
            {retiring ? null : (
              <SectionBar sections={shown}>
                {onShare ? (
                  <button type="button" className="share" onClick={onShare} data-testid="share" aria-haspopup="dialog">
                    {t('share.button')}
                  </button>
                ) : null}
                <CompareMenu current={event.index} />
                <ExportMenu detail={detail} name={name} eventJson={eventJson} />
              </SectionBar>
            )}
            {section('summary', <Summary detail={detail} />, 200)}
            {missing.length ? (
              <p className="panel missing-panels muted" data-testid="missing-panels">
                {t('eventView.missing', {
                  list: missing.map((id) => t(`eventView.missingName.${id}`)).join(t('eventView.listSeparator')),
                })}
              </p>
            ) : null}
            {event.memcg ? section('memcg', <MemcgPanel memcg={event.memcg} />) : null}
            {section('zones', <ZoneWatermarks zones={event.zones} checks={analysis.zoneChecks} />, 120)}
            {section(
              'buddy',
              <BuddyHistogram
                buddy={event.buddy}
                requestedOrder={(event.trigger?.order ?? -1) >= 0 ? event.trigger!.order : null}
                kernelVersion={event.kernel?.version ?? null}
              />,
              120,
            )}
            {section('gfp', <GfpFlags gfp={analysis.gfp} trigger={event.trigger} pageSizeKb={analysis.facts.pageKb} />)}
            {section(
              'tasks',
              <TaskTable
                table={event.tasks}
                badness={analysis.badness}
                pageSizeKb={analysis.facts.pageKb}
                triggerPid={event.trigger?.pid ?? event.kernel?.pid ?? null}
                victimPid={event.victim?.pid ?? null}
                alsoKilled={alsoKilled}
              />,
              200,
            )}
            {section('mem', <MemInfoView accounting={analysis.accounting} summary={event.summary} />)}
            {section('kernel', <KernelCard kernel={event.kernel} cpuset={event.cpuset} callTrace={event.callTrace} />)}
            {section('findings', <Findings findings={analysis.findings} />)}
          </div>
          <Splitter percent={sourceWidth} onChange={setSourceWidth} />
          <aside className="event-source" aria-label={t('eventView.sourceAside')}>
            <Staged version={detail} minHeight={300} label="source">
              <SourceView source={detail.source} highlight={highlight} marked={marked} />
            </Staged>
          </aside>
        </div>
      </Retiring>
    </ExportNameContext.Provider>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoEventView = memo(EventView);
export { MemoEventView as EventView };
