/** The A or B badge that says which event a figure is of (the letters are in the catalogue). */
import { useT } from '../common/useT';
import type { SideId } from '../../present/compare';

export function SideMark({ side }: { side: SideId }) {
  const t = useT();
  return <span className={`side-mark side-${side}`}>{t(`compare.side.${side}`)}</span>;
}
