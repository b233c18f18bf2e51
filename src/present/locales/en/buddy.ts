/** The buddy free-list panel (src/views/charts/BuddyHistogram.tsx). Migrate-type names stay the kernel's. */
export const buddy = {
  title: 'Free blocks per order',
  measure: 'Measure',
  blocks: 'Blocks',
  bytes: 'Bytes',
  scale: 'Axis scale',
  log: 'Log scale',
  linear: 'Linear',
  none: 'This report has no buddy (free list) lines.',
  intro:
    'An order-n request needs one free block of order n or larger. Highlighted bars are orders that could serve this request{has_order, select, 1 { (order {order})} other {}}. Letters under an order are the migrate types that had free blocks there, as the kernel printed them (U Unmovable, M Movable, E Reclaimable, H HighAtomic, C CMA, R Reserve); it does not print how many of each.',
  zoneFacts: 'total {total}, largest free order {largest, select, none {none} other {{largest}}}',
  empty: 'No free lists: the kernel printed this zone as empty (it has no pages).',
  label: 'Node {node} {zone}: {orders}. Largest free order {largest, select, none {none} other {{largest}}}.',
  labelOrder: 'order {order} {blocks, plural, one {# block} other {# blocks}}',
  requested: 'requested',
  barTitle:
    'order {order} ({block} blocks): {blocks, plural, one {# block} other {# blocks}} = {size}{has_types, select, 1 { — {types}} other {}}',
  unknownType: 'unknown ({letter})',
  tableToggle: 'Orders as a table',
  tableToggleTypes: 'Orders as a table (with migrate types)',
  caption: 'Free blocks per order in Node {node} {zone}',
  col: {
    order: 'order',
    block: 'Block size',
    blocks: 'Free blocks',
    free: 'Free',
    types: 'Migrate types with free blocks',
  },
  requestedOrder: '{order} (requested)',
};
