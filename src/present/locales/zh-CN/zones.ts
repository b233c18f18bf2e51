import type { Catalogue } from '../types';
import type { zones as en } from '../en/zones';

export const zones: Catalogue<typeof en> = {
  verdict: {
    notChecked: '未检查',
    unusable: '此请求不可用',
    empty: '空 zone',
    passes: '高于水位线',
    below: '未通过：低于水位',
    fenced: '被 lowmem_reserve 保留',
    noBlock: '没有所需 order 的空闲块',
  },
  arithmetic:
    '空闲 {freeKb}{has_highatomicKb, select, 1 { − highatomic 保留 {highatomicKb}} other {}}{has_cmaKb, select, 1 { − 空闲 CMA {cmaKb}} other {}} − 请求 {requestKb} = {leftKb} {passes, select, 1 {≥} other {<}} {watermark} 水位 {markKb}{has_reserveKb, select, 1 { + lowmem_reserve[{reserveColumn}] {reserveKb} = {needKb}} other {}}{has_boostKb, select, 1 {（水位已包含 boost {boostKb}）} other {}}',
  describe:
    'Node {node} {zone}：空闲 {freeKb}，min {minKb}，low {lowKb}，high {highKb}{has_reserveKb, select, 1 {，此请求的保留 {reserveKb}} other {}}；{verdict}。',
};
