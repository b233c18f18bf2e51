/**
 * The Compare view's model: tasks matched by name, memory figures with B − A, findings split three ways. On
 * the two NixOS cgroup OOMs (the second comes 8 ms after the first killed .thunderbird-wr, so that name is in
 * the first task table only) and the Arch global OOM; hand-made events only for what no fixture has (an event
 * without a task table, a victim outside the top names, a finding id twice).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../analyze/index';
import type { Finding } from '../analyze/types';
import { parseFixture, readFixture } from '../../test/support/fixtures';
import { makeAnalysis } from '../../test/support/analysis';
import { makeEvent, makeTable, makeTask, makeVictim } from '../../test/support/model';
import { delta, formatKbDelta, type CompareSide } from './compare';
import { splitFindings } from './compareFindings';
import { compareMemory, memoryLineLabel } from './compareMemory';
import { compareTasks } from './compareTasks';
import { zoneScales } from './compareZones';
import { translator } from './i18n';

function sides(name: string): CompareSide[] {
  return parseFixture(readFixture(name)).events.map((event) => ({ event, analysis: analyzeEvent(event) }));
}
const [nixos1, nixos2] = sides('6.5.0_nixos_cgroupv2_2events_dmesg.log');
const [arch] = sides('archlinux_6.1.1-arch1-1_embedded_example.log');

describe('differences', () => {
  it('are B − A, and none against a missing figure', () => {
    expect(delta(100, 40)).toBe(-60);
    expect(delta(null, 40)).toBeNull();
    expect(formatKbDelta(2048)).toBe('+2 MiB');
    expect(formatKbDelta(-248472)).toBe('\u2212242.6 MiB');
    expect(formatKbDelta(0)).toBe('0 KiB');
    expect(formatKbDelta(null)).toBe('—');
  });
});

describe('compareTasks', () => {
  it('matches the task tables by name: rss per name in A and B, B − A, the name in one table only marked', () => {
    const tasks = compareTasks(nixos1, nixos2);
    expect(tasks.tables).toEqual({ a: true, b: true });
    // Log: .thunderbird-wr 62118 pages, Isolated Web Co 24933, WebExtensions 23762, external-editor 128 (4 KiB pages).
    expect(tasks.rows.map((r) => [r.name, r.a?.rssKb ?? null, r.b?.rssKb ?? null, r.diffKb, r.only])).toEqual([
      ['.thunderbird-wr', 248472, null, -248472, 'a'],
      ['Isolated Web Co', 99732, 99732, 0, null],
      ['WebExtensions', 95048, 95048, 0, null],
      ['external-editor', 512, 512, 0, null],
    ]);
    // The first report killed .thunderbird-wr, the second Isolated Web Co.
    expect(tasks.rows[0].killed).toEqual({ a: true, b: false });
    expect(tasks.rows[1].killed).toEqual({ a: false, b: true });
    expect(tasks.more).toBe(0);
  });

  it('swapped, the signs and the marks swap too', () => {
    const tasks = compareTasks(nixos2, nixos1);
    expect(tasks.rows[0]).toMatchObject({ name: '.thunderbird-wr', a: null, diffKb: 248472, only: 'b' });
  });

  it('sums processes of one name and keeps the largest names, the victims wherever they rank', () => {
    const many = compareTasks(arch, nixos2, 3);
    expect(many.rows.slice(0, 3).map((r) => r.name)).toEqual(['doxygen', 'java', 'chrome']);
    const chrome = many.rows[2];
    expect(chrome.a!.count).toBeGreaterThan(1);
    expect(chrome.a!.rssKb).toBe(
      arch.event.tasks!.tasks.filter((t) => t.name === 'chrome').reduce((s, t) => s + t.rssPages * 4, 0),
    );
    // The second NixOS report's victim is not among the three largest but shown after them.
    expect(many.rows.slice(3).map((r) => r.name)).toEqual(['Isolated Web Co']);
    expect(many.more).toBe(new Set(arch.event.tasks!.tasks.map((t) => t.name)).size + 3 - 4);
  });

  it('an event without a task table marks nothing as missing from it and gives no difference', () => {
    // Hand-made: a report cut before its task table, beside one that has it.
    const cut: CompareSide = { event: makeEvent({ victim: makeVictim(7, 'java') }), analysis: makeAnalysis() };
    const full: CompareSide = {
      event: makeEvent({ tasks: makeTable([makeTask({ pid: 7, name: 'java', rssPages: 10 })]) }),
      analysis: makeAnalysis(),
    };
    const tasks = compareTasks(cut, full);
    expect(tasks.tables).toEqual({ a: false, b: true });
    expect(tasks.rows).toEqual([
      { name: 'java', a: null, b: { count: 1, rssKb: 40 }, diffKb: null, only: null, killed: { a: true, b: false } },
    ]);
  });
});

describe('compareMemory', () => {
  it('puts the memory view’s figures of both events side by side with B − A', () => {
    const memory = compareMemory(nixos1.analysis.accounting, nixos2.analysis.accounting);
    expect(memory.sameScope).toBe(true);
    const byKey = Object.fromEntries(memory.lines.map((l) => [l.key, [l.aKb, l.bKb, l.diffKb]]));
    // memory: limit 488280kB both times; anon 0 then 40960 bytes; kernel_stack 3407872 then 933888 bytes.
    expect(byKey.ram).toEqual([488280, 488280, 0]);
    expect(byKey['memcg-anon']).toEqual([0, 40, 40]);
    expect(byKey['memcg-kernel-stack']).toEqual([3328, 912, -2416]);
    // The task table lost .thunderbird-wr's 248472 kB.
    expect(byKey.taskRss).toEqual([443764, 195292, -248472]);
    expect(memory.lines[0].key).toBe('ram');
    const t = translator('en');
    expect(memoryLineLabel(t, memory.lines[0], memory.scope)).toBe('cgroup limit');
    expect(
      memoryLineLabel(
        t,
        memory.lines.find((l) => l.key === 'memcg-anon')!,
        memory.scope,
      ),
    ).toBe('Anonymous');
  });

  it('a machine-wide report and a cgroup’s counters: said, and rows of one kind get no difference', () => {
    const memory = compareMemory(arch.analysis.accounting, nixos1.analysis.accounting);
    expect(memory).toMatchObject({ sameScope: false, scope: { a: 'machine', b: 'memcg' } });
    const anon = memory.lines.find((l) => l.key === 'memcg-anon')!;
    expect(anon).toMatchObject({ aKb: null, bKb: 0, diffKb: null });
    // Swap: the Arch report's Mem-Info has it, the cgroup report prints no machine swap.
    const swap = memory.lines.find((l) => l.key === 'swapTotal')!;
    expect(swap.aKb).toBe(arch.analysis.accounting!.swapTotalKb);
    expect(swap.diffKb).toBeNull();
    expect(memoryLineLabel(translator('zh-CN'), memory.lines[0], memory.scope)).toBe('内存（RAM）或 cgroup 限额');
  });

  it('nothing to compare: no lines', () => {
    expect(compareMemory(null, null).lines).toEqual([]);
  });
});

describe('splitFindings', () => {
  const f = (id: string, params: Finding['params'] = {}, severity: Finding['severity'] = 'info'): Finding => ({
    id,
    severity,
    lines: [1],
    params,
  });

  it('splits by id: only in A, only in B, in both (same numbers or not)', () => {
    const split = splitFindings(
      [f('zone-below-min', { zone: 'Normal' }, 'critical'), f('rss-is-pages'), f('swap-exhausted')],
      [f('rss-is-pages'), f('zone-below-min', { zone: 'DMA32' }, 'critical'), f('memcg-limit')],
    );
    expect(split.onlyA.map((x) => x.id)).toEqual(['swap-exhausted']);
    expect(split.onlyB.map((x) => x.id)).toEqual(['memcg-limit']);
    expect(split.both.map((s) => [s.a.id, s.same, s.b.params.zone ?? null])).toEqual([
      ['zone-below-min', false, 'DMA32'],
      ['rss-is-pages', true, null],
    ]);
  });

  it('an id twice in A and once in B: one shared, one only in A', () => {
    const split = splitFindings([f('x', { n: 1 }), f('x', { n: 2 })], [f('x', { n: 1 })]);
    expect(split.both).toHaveLength(1);
    expect(split.both[0].same).toBe(true);
    expect(split.onlyA.map((x) => x.params.n)).toEqual([2]);
    expect(split.onlyB).toEqual([]);
  });

  it('on real reports: a global OOM and a cgroup OOM share few findings', () => {
    const split = splitFindings(arch.analysis.findings, nixos1.analysis.findings);
    const ids = (list: Finding[]) => list.map((x) => x.id);
    expect(ids(split.onlyA)).toContain('zone-below-min');
    expect(ids(split.onlyB)).toContain('memcg-limit');
    // Every finding lands in exactly one group.
    expect(split.onlyA.length + split.both.length).toBe(arch.analysis.findings.length);
    expect(split.onlyB.length + split.both.length).toBe(nixos1.analysis.findings.length);
  });
});

describe('zoneScales', () => {
  it('draws a zone of A and B against the larger of the two', () => {
    // Arch: Normal free 61900 kB, min 61948, low 75384, high 88820; the cgroup report prints no zones.
    expect(zoneScales(arch, nixos1).get('0:Normal')).toBe(88820);
    expect([...zoneScales(nixos1, nixos2).keys()]).toEqual([]);
    // Hand-made: the same machine later, with three times the free memory in every zone.
    const later: CompareSide = {
      event: { ...arch.event, zones: arch.event.zones.map((z) => ({ ...z, freeKb: z.freeKb * 3 })) },
      analysis: arch.analysis,
    };
    const scales = zoneScales(arch, later);
    expect(scales.get('0:Normal')).toBe(61900 * 3);
    expect(zoneScales(later, arch)).toEqual(scales);
  });
});
