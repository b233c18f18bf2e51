/** The zone watermark check per zone (src/analyze/watermarks.ts), as the zone chart shows it. */
export const zones = {
  verdict: {
    notChecked: 'not checked',
    unusable: 'not usable for this request',
    empty: 'empty zone',
    passes: 'above the line',
    below: 'failing: below its watermark',
    fenced: 'kept back by its lowmem_reserve',
    noBlock: 'no free block of the requested order',
  },
  arithmetic:
    'free {freeKb}{has_highatomicKb, select, 1 { − highatomic reserve {highatomicKb}} other {}}{has_cmaKb, select, 1 { − free CMA {cmaKb}} other {}} − request {requestKb} = {leftKb} {passes, select, 1 {≥} other {<}} {watermark} {markKb}{has_reserveKb, select, 1 { + lowmem_reserve[{reserveColumn}] {reserveKb} = {needKb}} other {}}{has_boostKb, select, 1 { (the watermark includes boost {boostKb})} other {}}',
  describe:
    'Node {node} {zone}: free {freeKb}, min {minKb}, low {lowKb}, high {highKb}{has_reserveKb, select, 1 {, reserve for this request {reserveKb}} other {}}; {verdict}.',
};
