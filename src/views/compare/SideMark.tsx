/** The A or B badge that says which event a figure is of (the letters are in the catalogue). */
import { useT } from '../common/useT';
import type { SideId } from '../../present/compare';

export function SideMark({ side }: { side: SideId }) {
  const t = useT();
  return <span className={`side-mark side-${side}`}>{t(`compare.side.${side}`)}</span>;
}

/** The head row of a compare table: what the rows are, then A, B and their difference. */
export function CompareTableHead({ first }: { first: string }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">
          <SideMark side="a" />
        </th>
        <th scope="col" className="num">
          <SideMark side="b" />
        </th>
        <th scope="col" className="num">
          {t('compare.diff')}
        </th>
      </tr>
    </thead>
  );
}
