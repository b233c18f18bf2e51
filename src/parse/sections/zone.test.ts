import { describe, expect, it } from 'vitest';
import { parseKbFields, parseLowmemReserve, parseZone } from './zone';

const Z313_NORMAL =
  'Node 0 Normal free:35640kB min:35748kB low:44684kB high:53620kB active_anon:4019124kB inactive_anon:292kB active_file:1292kB inactive_file:2972kB unevictable:0kB isolated(anon):0kB isolated(file):0kB present:4456448kB managed:4322984kB mlocked:0kB dirty:24kB writeback:4kB mapped:1296kB shmem:1324kB slab_reclaimable:81196kB slab_unreclaimable:83432kB kernel_stack:3392kB pagetables:20252kB unstable:0kB bounce:0kB free_cma:0kB writeback_tmp:0kB pages_scanned: 7874 all_unreclaimable? yes';
const Z61_NORMAL =
  'Node 0 Normal free:61900kB boost:8192kB min:61948kB low:75384kB high:88820kB reserved_highatomic:0KB active_anon:1529368kB inactive_anon:7156872kB active_file:0kB inactive_file:860kB unevictable:7644kB writepending:276kB present:13096960kB managed:12774792kB mlocked:64kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB';
const EL7_INLINE =
  'Node 0 DMA32 free:59728kB min:7832kB low:9788kB high:11748kB active_anon:2154380kB inactive_anon:604748kB active_file:500kB inactive_file:112kB unevictable:0kB isolated(anon):0kB isolated(file):0kB present:3094644kB managed:2848912kB mlocked:0kB dirty:0kB writeback:0kB mapped:4016kB shmem:5140kB slab_reclaimable:6448kB slab_unreclaimable:2796kB kernel_stack:1040kB pagetables:6876kB unstable:0kB bounce:0kB free_pcp:3788kB local_pcp:228kB free_cma:0kB writeback_tmp:0kB pages_scanned:28 all_unreclaimable? no lowmem_reserve[]: 0 0 13055 13055';

describe('parseZone', () => {
  it('reads a 3.13 zone with the spaced pages_scanned (kept out of fieldsKb)', () => {
    const z = parseZone(Z313_NORMAL, 12);
    expect(z).toMatchObject({
      node: 0,
      zone: 'Normal',
      freeKb: 35640,
      minKb: 35748,
      lowKb: 44684,
      highKb: 53620,
      managedKb: 4322984,
      presentKb: 4456448,
      boostKb: null,
      reservedHighatomicKb: null,
      allUnreclaimable: true,
      lowmemReserve: [],
      line: 12,
      reserveLine: null,
    });
    expect(z?.fieldsKb['isolated(anon)']).toBe(0);
    expect(z?.fieldsKb.slab_unreclaimable).toBe(83432);
    expect(z?.fieldsKb).not.toHaveProperty('pages_scanned');
    expect(Object.keys(z?.fieldsKb ?? {})).toHaveLength(26);
  });

  it('reads 5.16+ boost and the capital-K reserved_highatomic (6.1 Arch)', () => {
    const z = parseZone(Z61_NORMAL, 1);
    expect(z).toMatchObject({ boostKb: 8192, reservedHighatomicKb: 0, managedKb: 12774792, allUnreclaimable: null });
    expect(z?.fieldsKb.writepending).toBe(276);
  });

  it('reads 6.19 free_highatomic and zspages', () => {
    const z = parseZone(
      'Node 1 DMA32 free:3372kB boost:0kB min:2728kB low:4668kB high:6608kB reserved_highatomic:2048KB free_highatomic:1024KB active_anon:1kB writepending:0kB zspages:12kB present:2080640kB managed:1964520kB',
      1,
    );
    expect(z).toMatchObject({ node: 1, zone: 'DMA32', reservedHighatomicKb: 2048 });
    expect(z?.fieldsKb).toMatchObject({ free_highatomic: 1024, zspages: 12 });
  });

  it('reads lowmem_reserve printed inline (RHEL7 rsyslog #012 log)', () => {
    expect(parseZone(EL7_INLINE, 40)).toMatchObject({
      zone: 'DMA32',
      allUnreclaimable: false,
      lowmemReserve: [0, 0, 13055, 13055],
      reserveLine: 40,
      managedKb: 2848912,
    });
  });

  it('defaults the node to 0 without a Node prefix (32-bit HighMem, 2.6.32)', () => {
    const z = parseZone(
      'HighMem free:340kB min:512kB low:1252kB high:1992kB active_anon:220820kB inactive_anon:220696kB active_file:12kB inactive_file:56kB unevictable:0kB isolated(anon):0kB isolated(file):0kB present:947304kB mlocked:0kB dirty:0kB writeback:0kB mapped:36kB shmem:16kB slab_reclaimable:0kB slab_unreclaimable:0kB kernel_stack:0kB pagetables:0kB unstable:0kB bounce:0kB writeback_tmp:0kB pages_scanned:12 all_unreclaimable? no',
      1,
    );
    expect(z).toMatchObject({ node: 0, zone: 'HighMem', managedKb: null, presentKb: 947304, freeKb: 340 });
  });

  it('reads the 2.6.24 layout and the Movable and Device zones', () => {
    expect(
      parseZone(
        'Node 0 DMA free:3508kB min:36kB low:44kB high:52kB active:0kB inactive:0kB present:6504kB pages_scanned:0 all_unreclaimable? yes',
        1,
      ),
    ).toMatchObject({ zone: 'DMA', freeKb: 3508, allUnreclaimable: true });
    expect(
      parseZone('Node 2 Movable free:8kB min:4kB low:5kB high:6kB present:1024kB managed:1000kB', 1),
    ).toMatchObject({ node: 2, zone: 'Movable' });
    expect(parseZone('Node 0 Device free:0kB min:0kB low:0kB high:0kB', 1)?.zone).toBe('Device');
  });

  it('keeps a line cut after the watermarks and drops a cut value', () => {
    const z = parseZone(
      'Node 0 DMA free:15036kB min:352kB low:440kB high:528kB reserved_highatomic:0KB active_anon:0kB present:159',
      1,
    );
    expect(z).toMatchObject({ highKb: 528, presentKb: null });
  });

  it('refuses a zone line cut before its watermarks, and non-zone lines', () => {
    for (const line of [
      'Node 0 DMA free:15036kB min:352kB low:44',
      'Node 0 DMA: 1*4kB (U) 1*8kB (U) = 15036kB',
      'Node 0 DMA per-cpu:',
      'Node 0 active_anon:884kB inactive_anon:57324kB all_unreclaimable? no',
      'Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB',
      'Node 0 Foo free:1kB min:1kB low:1kB high:1kB',
      '',
    ])
      expect(parseZone(line, 1), line).toBeNull();
  });
});

describe('parseLowmemReserve', () => {
  it('reads 4 and 5 zone indexes', () => {
    expect(parseLowmemReserve('lowmem_reserve[]: 0 3746 7968 7968')).toEqual([0, 3746, 7968, 7968]);
    expect(parseLowmemReserve('lowmem_reserve[]: 0 1895 7890 0 0')).toEqual([0, 1895, 7890, 0, 0]);
    expect(parseLowmemReserve('protections[]: 0 0 0')).toEqual([0, 0, 0]);
  });
  it('refuses other lines', () => {
    expect(parseLowmemReserve('lowmem_reserve[]:')).toBeNull();
    expect(parseLowmemReserve('lowmem_reserve[]: 0 x 3')).toBeNull();
    expect(parseLowmemReserve('Node 0 DMA free:1kB')).toBeNull();
  });
});

describe('parseKbFields', () => {
  it('keeps unit-less numbers apart and reads the spaced THP fields', () => {
    const f = parseKbFields('shmem:924kB shmem_thp: 0kB anon_thp: 1236992kB pages_scanned:12 all_unreclaimable? no');
    expect(f).toEqual({
      fieldsKb: { shmem: 924, shmem_thp: 0, anon_thp: 1236992 },
      unitless: { pages_scanned: 12 },
      allUnreclaimable: false,
    });
  });
});
