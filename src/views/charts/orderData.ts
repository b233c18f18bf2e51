/** One zone's buddy free list, one datum per order: what the histogram draws and its table lists. */
import type { BuddyRow } from '../../parse/model';

export interface OrderDatum {
  order: string;
  orderNumber: number;
  blocks: number;
  kb: number;
  types: string;
}

export function orderData(row: BuddyRow): OrderDatum[] {
  return row.freeBlocks.map((blocks, order) => ({
    order: String(order),
    orderNumber: order,
    blocks,
    kb: blocks * (row.blockKb[order] ?? 0),
    types: row.migrateTypes[order] ?? '',
  }));
}
