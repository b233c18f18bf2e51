/**
 * Evidence links: every number and finding can point at the input line it came from.
 * A context carries the jump so views stay pure (a test can supply its own handler).
 */
import { createContext, useContext, type ReactNode } from 'react';

/** Jump to `line`; `group` marks every line of the same evidence (a finding's lines) as well. */
export type LineJump = (line: number, group?: number[]) => void;

export const LineJumpContext = createContext<LineJump>(() => {});

export function LineLink({
  line,
  group,
  children,
}: {
  line: number | null | undefined;
  group?: number[];
  children?: ReactNode;
}) {
  const jump = useContext(LineJumpContext);
  if (line == null) return <>{children}</>;
  return (
    <button
      type="button"
      className="line-link"
      data-line={line}
      onClick={() => jump(line, group)}
      title={`Show line ${line} in the source`}
    >
      {children ?? `L${line}`}
    </button>
  );
}

/** A row of links, one per evidence line (capped so a long list stays readable). */
export function LineLinks({ lines, max = 8 }: { lines: number[]; max?: number }) {
  if (!lines.length) return null;
  const shown = lines.slice(0, max);
  return (
    <span className="line-links">
      <span className="visually-hidden">Evidence lines: </span>
      {shown.map((line) => (
        <LineLink key={line} line={line} group={lines} />
      ))}
      {lines.length > max ? <span className="muted"> +{lines.length - max} more</span> : null}
    </span>
  );
}
