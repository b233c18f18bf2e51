/** The text alternative of one zone's histogram: every order with its block size, count, bytes and migrate types. */
import type { BuddyRow } from '../../parse/model';
import type { OrderDatum } from './orderData';
import { migrateTypeName } from '../../kernel/migrate';
import { formatInt, formatKb } from '../../present/units';

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
  const anyTypes = data.some((d) => d.types);
  return (
    <details className="alt-table">
      <summary>Orders as a table{anyTypes ? ' (with migrate types)' : ''}</summary>
      <table className="data">
        <caption className="visually-hidden">
          Free blocks per order in Node {row.node} {row.zone}
        </caption>
        <thead>
          <tr>
            <th scope="col">order</th>
            <th scope="col">block</th>
            <th scope="col">free blocks</th>
            <th scope="col">free</th>
            {anyTypes ? <th scope="col">migrate types with free blocks</th> : null}
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
                {d.order}
                {d.orderNumber === requestedOrder ? ' (requested)' : ''}
              </th>
              <td className="num">{formatKb(row.blockKb[d.orderNumber] ?? 0)}</td>
              <td className="num">{formatInt(d.blocks)}</td>
              <td className="num">{formatKb(d.kb)}</td>
              {anyTypes ? (
                <td>{[...d.types].map((t) => migrateTypeName(t, kernelVersion)).join(', ') || '—'}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
