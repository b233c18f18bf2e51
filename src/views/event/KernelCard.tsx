/** Kernel and hardware card, with the call trace and its allocation path picked out. */
import { memo } from 'react';
import type { CpusetInfo, KernelInfo, StackFrame } from '../../parse/model';
import { frameRoles, type FrameRole } from './callTrace';
import { LineLink } from '../source/LineLink';

const ROLE_LABEL: Record<FrameRole, string> = {
  oom: 'OOM killer',
  alloc: 'allocator',
  caller: 'the caller',
  other: '',
};

function KernelCard({
  kernel,
  cpuset,
  callTrace,
}: {
  kernel: KernelInfo | null;
  cpuset: CpusetInfo | null;
  callTrace: StackFrame[];
}) {
  const roles = frameRoles(callTrace);
  return (
    <section className="panel" data-testid="kernel" aria-labelledby="kernel-h">
      <h2 id="kernel-h">Kernel and hardware</h2>
      {kernel ? (
        <dl className="facts">
          <div>
            <dt>Kernel</dt>
            <dd>
              <code>{kernel.version ?? 'unknown'}</code>{' '}
              {kernel.build ? <span className="muted">{kernel.build}</span> : null} <LineLink line={kernel.line} />
            </dd>
          </div>
          <div>
            <dt>Tainted</dt>
            <dd>{kernel.tainted ?? 'not tainted'}</dd>
          </div>
          <div>
            <dt>CPU / PID / comm</dt>
            <dd>
              {kernel.cpu ?? '—'} / {kernel.pid ?? '—'} / {kernel.comm ?? '—'}
              {kernel.uid != null ? ` (uid ${kernel.uid})` : ''}
            </dd>
          </div>
          {kernel.hardware ? (
            <div>
              <dt>Hardware</dt>
              <dd>{kernel.hardware}</dd>
            </div>
          ) : null}
          {cpuset ? (
            <div>
              <dt>cpuset</dt>
              <dd>
                <code>{cpuset.name ?? '—'}</code> mems_allowed={cpuset.memsAllowed ?? '—'}{' '}
                <LineLink line={cpuset.line} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">The report has no CPU/PID line naming the kernel.</p>
      )}
      <h3>Call trace</h3>
      {callTrace.length ? (
        <ol className="trace" aria-label="Call trace, innermost frame first">
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
              {roles[i] !== 'other' ? <span className={`tag tag-${roles[i]}`}>{ROLE_LABEL[roles[i]]}</span> : null}
              <LineLink line={frame.line} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No call trace in this report.</p>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoKernelCard = memo(KernelCard);
export { MemoKernelCard as KernelCard };
