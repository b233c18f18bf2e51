/** Annotated gfp flags: each name as a chip with its meaning, decoded with the table of this event's kernel. */
import { memo } from 'react';
import type { GfpDecode } from '../../kernel/types';
import type { Trigger } from '../../parse/model';
import { requestKb } from '../../kernel/zones';
import { stripParens } from '../../kernel/gfp/printed';
import { flagMeaning, gfpNote, pickText } from '../../present/gfp';
import { formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';

type Cap = 'sleep' | 'reclaim' | 'io' | 'fs' | 'accounted' | 'reserves';

function Capability({ yes, cap }: { yes: boolean; cap: Cap }) {
  const t = useT();
  return (
    <li className={yes ? 'cap cap-yes' : 'cap cap-no'}>
      <span aria-hidden="true">{yes ? '✔' : '✘'}</span> {t(`gfp.${yes ? 'yes' : 'no'}.${cap}`)}
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
  const t = useT();
  const order = trigger?.order ?? null;
  return (
    <section className="panel" data-testid="gfp-flags" aria-labelledby="gfp-h">
      <h2 id="gfp-h">
        {t('gfp.title')} <code>{gfp?.mask ?? trigger?.gfpMask ?? ''}</code>
      </h2>
      {order != null ? (
        <p>
          {order < 0
            ? t('gfp.sysrqOrder', { order })
            : t('gfp.order', {
                order,
                pages: 2 ** order,
                size: formatKb(requestKb(order, pageSizeKb ?? 4)),
                costly: order > 3 ? '1' : '0',
              })}{' '}
          <LineLink line={trigger?.line} />
        </p>
      ) : null}
      {!gfp ? (
        <p className="muted">{trigger?.gfpMask ? t('gfp.noDecode') : t('gfp.noMask')}</p>
      ) : (
        <>
          <ul className="chips" aria-label={t('gfp.flags')}>
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
                {flag.composite ? <span className="tag">{t('gfp.composite')}</span> : null}
                <span className="chip-meaning">{flagMeaning(t, flag, gfp.pick.tableId)}</span>
                {flag.composite && flag.members.length ? (
                  <code className="chip-members">= {flag.members.join(' | ')}</code>
                ) : null}
              </li>
            ))}
          </ul>
          <ul className="caps" aria-label={t('gfp.allowed')}>
            <Capability yes={gfp.canSleep} cap="sleep" />
            <Capability yes={gfp.canReclaim} cap="reclaim" />
            <Capability yes={gfp.canIo} cap="io" />
            <Capability yes={gfp.canFs} cap="fs" />
            <Capability yes={gfp.accounted} cap="accounted" />
            <Capability yes={gfp.usesReserves} cap="reserves" />
          </ul>
          <dl className="facts">
            <div>
              <dt>{t('gfp.targetZone')}</dt>
              <dd>{gfp.targetZone}</dd>
            </div>
            <div>
              <dt>{t('gfp.migrateType')}</dt>
              <dd>{gfp.migrateType}</dd>
            </div>
            <div>
              <dt>{t('gfp.table')}</dt>
              <dd>{pickText(t, gfp.pick)}</dd>
            </div>
            {trigger?.gfpPrinted != null ? (
              <div>
                <dt>{t('gfp.printed')}</dt>
                <dd>
                  <code>
                    {trigger.gfpPrinted ? <BreakAtBars text={trigger.gfpPrinted} /> : t('gfp.printedNothing')}
                  </code>
                </dd>
              </div>
            ) : null}
          </dl>
          {gfp.mismatch && trigger?.gfpPrinted ? (
            <p className="warn">
              {t('gfp.mismatch', {
                printed: stripParens(trigger.gfpPrinted),
                table: gfp.pick.tableId,
                mask: gfp.mask,
                decoded: gfp.printed,
              })}
            </p>
          ) : null}
          {gfp.notes.map((n) => (
            <p key={n.id} className="muted small">
              {gfpNote(t, n)}
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
