/** Annotated gfp flags: each name as a chip with its meaning, decoded with the table of this event's kernel. */
import { memo } from 'react';
import type { GfpDecode } from '../../kernel/types';
import type { Trigger } from '../../parse/model';
import { requestKb } from '../../kernel/zones';
import { formatKb } from '../../present/units';
import { LineLink } from '../source/LineLink';

const CONFIDENCE: Record<string, string> = {
  exact: 'exact version match',
  likely: 'likely',
  guess: 'a guess from the report’s shape',
};

function Capability({ yes, label }: { yes: boolean; label: string }) {
  return (
    <li className={yes ? 'cap cap-yes' : 'cap cap-no'}>
      <span aria-hidden="true">{yes ? '✔' : '✘'}</span> {yes ? label : `no ${label}`}
    </li>
  );
}

/** Long flag lists wrap after a '|' instead of mid-name (<wbr> adds no characters to a copy). */
function BreakAtBars({ text }: { text: string }) {
  const parts = text.split('|');
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              |<wbr />
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}

function GfpFlags({
  gfp,
  trigger,
  pageSizeKb,
}: {
  gfp: GfpDecode | null;
  trigger: Trigger | null;
  pageSizeKb: number | null;
}) {
  const order = trigger?.order ?? null;
  return (
    <section className="panel" data-testid="gfp-flags" aria-labelledby="gfp-h">
      <h2 id="gfp-h">
        Allocation request <code>{gfp?.mask ?? trigger?.gfpMask ?? ''}</code>
      </h2>
      {order != null ? (
        <p>
          order {order} ={' '}
          {order < 0
            ? 'no allocation (a manual SysRq OOM)'
            : `${2 ** order} page${order ? 's' : ''} = ${formatKb(requestKb(order, pageSizeKb ?? 4))}`}
          {order > 3 ? ' — a costly order: the kernel tries less hard and fragmentation matters' : ''}{' '}
          <LineLink line={trigger?.line} />
        </p>
      ) : null}
      {!gfp ? (
        <p className="muted">
          {trigger?.gfpMask ? 'This mask could not be decoded for this kernel.' : 'The report carries no gfp_mask.'}
        </p>
      ) : (
        <>
          <ul className="chips" aria-label="gfp flags">
            {gfp.flags.map((flag) => (
              <li
                key={flag.name}
                data-flag={flag.name}
                className={
                  flag.composite ? 'chip chip-composite' : flag.name.startsWith('0x') ? 'chip chip-unknown' : 'chip'
                }
              >
                <code className="chip-name">{flag.name}</code>
                <span className="chip-value">{flag.value}</span>
                {flag.composite ? <span className="tag">composite</span> : null}
                <span className="chip-meaning">{flag.meaning}</span>
                {flag.composite && flag.members.length ? (
                  <span className="chip-members">= {flag.members.join(' | ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <ul className="caps" aria-label="What the request allowed">
            <Capability yes={gfp.canSleep} label="sleeping" />
            <Capability yes={gfp.canReclaim} label="direct reclaim" />
            <Capability yes={gfp.canIo} label="IO" />
            <Capability yes={gfp.canFs} label="filesystem calls" />
            <Capability yes={gfp.accounted} label="memcg accounting" />
            <Capability yes={gfp.usesReserves} label="emergency reserves" />
          </ul>
          <dl className="facts">
            <div>
              <dt>Target zone</dt>
              <dd>{gfp.targetZone}</dd>
            </div>
            <div>
              <dt>Migrate type</dt>
              <dd>{gfp.migrateType}</dd>
            </div>
            <div>
              <dt>Flag table</dt>
              <dd>
                {gfp.pick.tableId} ({CONFIDENCE[gfp.pick.confidence] ?? gfp.pick.confidence}: {gfp.pick.reason})
              </dd>
            </div>
            {trigger?.gfpPrinted != null ? (
              <div>
                <dt>Kernel printed</dt>
                <dd>
                  <code>{trigger.gfpPrinted ? <BreakAtBars text={trigger.gfpPrinted} /> : '(nothing)'}</code>
                </dd>
              </div>
            ) : null}
          </dl>
          {gfp.mismatch ? <p className="warn">{gfp.mismatch}</p> : null}
          {gfp.notes.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
        </>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoGfpFlags = memo(GfpFlags);
export { MemoGfpFlags as GfpFlags };
