/** The text alternative of one zone's histogram: every order with its block size, count, bytes and migrate types. */
import type { BuddyRow } from '../../parse/model';
import type { OrderDatum } from './orderData';
import { formatInt, formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { migrateTypeNames } from './migrateNames';

export function OrderTable({
  data,
  row,
  requestedOrder,
  kernelVersion,
}: {
  data: OrderDatum[];
  row: BuddyRow;
  requestedOrder: number | null;
  kernelVersion: string | null;
}) {
  const t = useT();
  const anyTypes = data.some((d) => d.types);
  return (
    <details className="alt-table">
      <summary>{t(anyTypes ? 'buddy.tableToggleTypes' : 'buddy.tableToggle')}</summary>
      <table className="data">
        <caption className="visually-hidden">{t('buddy.caption', { node: row.node, zone: row.zone })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('buddy.col.order')}</th>
            <th scope="col">{t('buddy.col.block')}</th>
            <th scope="col">{t('buddy.col.blocks')}</th>
            <th scope="col">{t('buddy.col.free')}</th>
            {anyTypes ? <th scope="col">{t('buddy.col.types')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr
              key={d.order}
              data-order={d.order}
              className={d.orderNumber === requestedOrder ? 'requested' : undefined}
            >
              <th scope="row">
                {d.orderNumber === requestedOrder ? t('buddy.requestedOrder', { order: d.order }) : d.order}
              </th>
              <td className="num">{formatKb(row.blockKb[d.orderNumber] ?? 0)}</td>
              <td className="num">{formatInt(d.blocks)}</td>
              <td className="num">{formatKb(d.kb)}</td>
              {anyTypes ? <td>{migrateTypeNames(t, d.types, kernelVersion) || '—'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
