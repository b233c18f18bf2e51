import type { Catalogue } from '../types';
import type { buddy as en } from '../en/buddy';

export const buddy: Catalogue<typeof en> = {
  title: '各 order 的空闲块',
  measure: '度量',
  blocks: '块数',
  bytes: '字节',
  scale: '坐标刻度',
  log: '对数刻度',
  linear: '线性',
  none: '这份报告没有 buddy（空闲链表）行。',
  intro:
    'order 为 n 的请求需要一个 order 不小于 n 的空闲块。高亮的条形是能满足这次请求的 order{has_order, select, 1 {（order {order}）} other {}}。order 下方的字母是该 order 上有空闲块的迁移类型，按内核打印的原样显示（U Unmovable、M Movable、E Reclaimable、H HighAtomic、C CMA、R Reserve）；内核不打印每种各有多少。',
  zoneFacts: '共 {total}，最大空闲 order {largest, select, none {无} other {{largest}}}',
  empty: '没有空闲链表：内核把这个 zone 打印为“empty”（它没有页）。',
  label: 'Node {node} {zone}：{orders}。最大空闲 order {largest, select, none {无} other {{largest}}}。',
  labelOrder: 'order {order} 有 {blocks, number} 块',
  requested: '所需',
  barTitle: 'order {order}（每块 {block}）：{blocks, number} 块 = {size}{has_types, select, 1 { — {types}} other {}}',
  unknownType: '未知（{letter}）',
  tableToggle: '以表格显示各 order',
  tableToggleTypes: '以表格显示各 order（含迁移类型）',
  caption: 'Node {node} {zone} 各 order 的空闲块',
  col: {
    order: 'order',
    block: '块大小',
    blocks: '空闲块数',
    free: '空闲',
    types: '有空闲块的迁移类型',
  },
  requestedOrder: '{order}（所需）',
};
