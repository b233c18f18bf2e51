/**
 * Evidence links: every number and finding can point at the input line it came from.
 * A context carries the jump so views stay pure (a test can supply its own handler).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useT } from '../common/useT';

/** Jump to `line`; `group` marks every line of the same evidence (a finding's lines) as well. */
export type LineJump = (line: number, group?: number[]) => void;

export const LineJumpContext = createContext<LineJump>(() => {});

export function LineLink({
  line,
  group,
  children,
  tabIndex,
}: {
  line: number | null | undefined;
  group?: number[];
  children?: ReactNode;
  /** -1 inside a grid, whose one focus stop moves with the arrow keys (Enter follows the link). */
  tabIndex?: number;
}) {
  const jump = useContext(LineJumpContext);
  const t = useT();
  if (line == null) return <>{children}</>;
  return (
    <LineButton line={line} group={group} jump={jump} title={t('source.showLine', { line })} tabIndex={tabIndex}>
      {children}
    </LineButton>
  );
}

/**
 * LineLink without hooks, for views that draw many links at once (the task grid's rows): the parent reads
 * the jump and the words once and passes them down, instead of every link subscribing to the language and
 * the jump context on its own.
 */
export function LineButton({
  line,
  group,
  jump,
  title,
  tabIndex,
  children,
}: {
  line: number;
  group?: number[];
  jump: LineJump;
  title: string;
  tabIndex?: number;
  /** What the link shows; `L<line>` if nothing. */
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className="line-link"
      data-line={line}
      tabIndex={tabIndex}
      onClick={() => jump(line, group)}
      title={title}
    >
      {children ?? `L${line}`}
    </button>
  );
}

/** A row of links, one per evidence line (capped so a long list stays readable). */
export function LineLinks({ lines, max = 8 }: { lines: number[]; max?: number }) {
  const t = useT();
  const jump = useContext(LineJumpContext);
  if (!lines.length) return null;
  const shown = lines.slice(0, max);
  return (
    <span className="line-links">
      <span className="visually-hidden">{t('source.evidence')} </span>
      {shown.map((line) => (
        <LineButton key={line} line={line} group={lines} jump={jump} title={t('source.showLine', { line })} />
      ))}
      {lines.length > max ? <span className="muted"> {t('source.more', { count: lines.length - max })}</span> : null}
    </span>
  );
}
