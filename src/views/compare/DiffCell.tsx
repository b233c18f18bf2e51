/** A B − A cell, signed; no difference muted. */
import { formatKbDelta } from '../../present/compare';

export function DiffCell({ kb, children }: { kb: number | null; children?: React.ReactNode }) {
  const dir = kb == null || kb === 0 ? 'same' : kb > 0 ? 'up' : 'down';
  return (
    <td className={`num diff diff-${dir}`} data-diff={kb ?? ''}>
      {children ?? formatKbDelta(kb)}
    </td>
  );
}
