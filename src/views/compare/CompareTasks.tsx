/**
 * The top tasks by name in both events: resident memory (rss, summed per name) in A and B and B − A; a name
 * in one task table only is marked, and so is the name each event killed (src/present/compareTasks.ts).
 */
import type { NamedRss, TaskComparison } from '../../present/compareTasks';
import { formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { DiffCell } from './DiffCell';
import { CompareTableHead } from './SideMark';

function RssCell({ value, side, table }: { value: NamedRss | null; side: 'a' | 'b'; table: boolean }) {
  const t = useT();
  return (
    <td className="num" data-side={side}>
      {value ? (
        <>
          {formatKb(value.rssKb)}
          {value.count > 1 ? <span className="muted"> {t('compare.tasks.count', { count: value.count })}</span> : null}
        </>
      ) : table ? (
        t('compare.tasks.absent')
      ) : (
        '—'
      )}
    </td>
  );
}

export function CompareTasks({ tasks }: { tasks: TaskComparison }) {
  const t = useT();
  const noTable = (['a', 'b'] as const).filter((side) => !tasks.tables[side]);
  return (
    <section className="compare-section" data-testid="compare-tasks" aria-labelledby="compare-tasks-h">
      <h3 id="compare-tasks-h">{t('compare.section.tasks')}</h3>
      <p className="muted small">{t('compare.tasks.help')}</p>
      {noTable.map((side) => (
        <p key={side} className="small compare-note">
          {t('compare.tasks.noTable', { side: t(`compare.side.${side}`) })}
        </p>
      ))}
      {tasks.rows.length ? (
        <div className="table-scroll">
          <table className="data compact compare-table">
            <caption className="visually-hidden">{t('compare.tasks.caption')}</caption>
            <CompareTableHead first={t('compare.tasks.name')} />
            <tbody>
              {tasks.rows.map((row) => (
                <tr key={row.name} data-task={row.name} data-only={row.only ?? undefined}>
                  <th scope="row">
                    <span className="task-name">{row.name}</span>
                    {row.only ? (
                      <span className="badge badge-neutral" data-testid="compare-only">
                        {t(`compare.tasks.only.${row.only}`)}
                      </span>
                    ) : null}
                    {row.killed.a || row.killed.b ? (
                      <span className="badge badge-fail">
                        {t('compare.tasks.killed', {
                          which: row.killed.a && row.killed.b ? 'both' : row.killed.a ? 'a' : 'b',
                        })}
                      </span>
                    ) : null}
                  </th>
                  <RssCell value={row.a} side="a" table={tasks.tables.a} />
                  <RssCell value={row.b} side="b" table={tasks.tables.b} />
                  <DiffCell kb={row.diffKb} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('compare.tasks.none')}</p>
      )}
      {tasks.more > 0 ? <p className="muted small">{t('compare.tasks.more', { count: tasks.more })}</p> : null}
    </section>
  );
}
