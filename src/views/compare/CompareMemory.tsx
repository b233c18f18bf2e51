/** The memory figures each event's memory view shows, in one table: A, B and B − A (src/present/compareMemory.ts). */
import type { MemoryComparison } from '../../present/compareMemory';
import { memoryLineLabel } from '../../present/compareMemory';
import { formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { DiffCell } from './DiffCell';
import { CompareTableHead } from './SideMark';

export function CompareMemory({ memory }: { memory: MemoryComparison }) {
  const t = useT();
  return (
    <section className="compare-section" data-testid="compare-memory" aria-labelledby="compare-memory-h">
      <h3 id="compare-memory-h">{t('compare.section.memory')}</h3>
      {!memory.sameScope ? (
        <p className="small compare-note" data-testid="compare-scope-note">
          {t('compare.memory.mixedScope', {
            a: memory.scope.a ?? 'none',
            b: memory.scope.b ?? 'none',
          })}
        </p>
      ) : null}
      {memory.lines.length === 0 ? (
        <p className="muted">{t('compare.memory.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data compact compare-table">
            <caption className="visually-hidden">{t('compare.memory.caption')}</caption>
            <CompareTableHead first={t('memory.col.kind')} />
            <tbody>
              {memory.lines.map((l) => (
                <tr key={l.key} data-line={l.key}>
                  <th scope="row">{memoryLineLabel(t, l, memory.scope)}</th>
                  <td className="num" data-side="a">
                    {formatKb(l.aKb)}
                  </td>
                  <td className="num" data-side="b">
                    {formatKb(l.bKb)}
                  </td>
                  <DiffCell kb={l.diffKb} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
