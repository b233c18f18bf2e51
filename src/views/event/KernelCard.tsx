/** Kernel and hardware card, with the call trace and its allocation path picked out. */
import { memo } from 'react';
import type { CpusetInfo, KernelInfo, StackFrame } from '../../parse/model';
import { frameRoles } from './callTrace';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';

function KernelCard({
  kernel,
  cpuset,
  callTrace,
}: {
  kernel: KernelInfo | null;
  cpuset: CpusetInfo | null;
  callTrace: StackFrame[];
}) {
  const t = useT();
  const roles = frameRoles(callTrace);
  return (
    <section className="panel" data-testid="kernel" aria-labelledby="kernel-h">
      <h2 id="kernel-h">{t('kernelCard.title')}</h2>
      {kernel ? (
        <dl className="facts">
          <div>
            <dt>{t('kernelCard.kernel')}</dt>
            <dd>
              <code>{kernel.version ?? t('kernelCard.unknown')}</code>{' '}
              {kernel.build ? <span className="muted">{kernel.build}</span> : null} <LineLink line={kernel.line} />
            </dd>
          </div>
          <div>
            <dt>{t('kernelCard.tainted')}</dt>
            <dd>{kernel.tainted ?? t('kernelCard.notTainted')}</dd>
          </div>
          <div>
            <dt>{t('kernelCard.cpuLine')}</dt>
            <dd>
              {kernel.cpu ?? '—'} / {kernel.pid ?? '—'} / {kernel.comm ?? '—'}
              {kernel.uid != null ? ` ${t('kernelCard.uid', { uid: kernel.uid })}` : ''}
            </dd>
          </div>
          {kernel.hardware ? (
            <div>
              <dt>{t('kernelCard.hardware')}</dt>
              <dd>{kernel.hardware}</dd>
            </div>
          ) : null}
          {cpuset ? (
            <div>
              <dt>{t('kernelCard.cpuset')}</dt>
              <dd>
                <code>{cpuset.name ?? '—'}</code> mems_allowed={cpuset.memsAllowed ?? '—'}{' '}
                <LineLink line={cpuset.line} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('kernelCard.none')}</p>
      )}
      <h3>{t('kernelCard.callTrace')}</h3>
      {callTrace.length ? (
        <ol className="trace" aria-label={t('kernelCard.traceLabel')}>
          {callTrace.map((frame, i) => (
            <li
              key={`${frame.line}:${i}`}
              className={`frame frame-${roles[i]}${frame.unreliable ? ' frame-unreliable' : ''}`}
              data-role={roles[i]}
            >
              <code>
                {frame.unreliable ? '? ' : ''}
                {frame.symbol}
                {frame.module ? ` [${frame.module}]` : ''}
              </code>
              {roles[i] !== 'other' ? (
                <span className={`tag tag-${roles[i]}`}>{t(`kernelCard.role.${roles[i]}`)}</span>
              ) : null}
              <LineLink line={frame.line} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('kernelCard.noTrace')}</p>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoKernelCard = memo(KernelCard);
export { MemoKernelCard as KernelCard };
