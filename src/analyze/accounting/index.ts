/**
 * Where the memory went: RAM (or the cgroup limit) against every counter the report prints, each once, task
 * RSS and page tables against it, and what no counter explains. Driver memory found in a process's file-rss
 * fills part of that gap (never counted twice); the CMA pool is shown apart; 32-bit HighMem machines get the
 * lowmem/HighMem split.
 */
import type { OomEvent } from '../../parse/model';
import type { EventFacts } from '../facts';
import type { Accounting, AccountingRow } from '../types';
import { groupByName, totalRssKb } from '../consumers';
import { pageTablePages } from '../scoring';
import { driverMemory } from './driver';
import { highmemSplit } from './highmem';
import { machineRows } from './machine';
import { memcgAccounting, memcgRows } from './memcg';

export { driverMemory, type DriverMemory } from './driver';
export { memcgAccounting } from './memcg';

const TOP_CONSUMERS = 10;

export function buildAccounting(event: OomEvent, facts: EventFacts): Accounting | null {
  const pageKb = facts.pageKb;
  const hasMemory =
    event.memInfo !== null || event.summary.ramPages !== null || event.nodes.length > 0 || event.zones.length > 0;
  if (!hasMemory && !event.tasks && !event.memcg) return null;
  const tasks = event.tasks?.tasks ?? [];
  const { totalSwapKb, freeSwapKb } = event.summary;
  const memcg = memcgAccounting(event.memcg);
  const base = {
    pageSizeKb: pageKb,
    pageSizeAssumed: facts.pageSizeAssumed,
    swapTotalKb: totalSwapKb,
    swapFreeKb: freeSwapKb,
    swapUsedKb: totalSwapKb !== null && freeSwapKb !== null ? Math.max(0, totalSwapKb - freeSwapKb) : null,
    taskRssKb: totalRssKb(tasks, pageKb),
    taskPageTablesKb: tasks.reduce((s, t) => s + pageTablePages(t, pageKb) * pageKb, 0),
    topConsumers: groupByName(tasks, pageKb).slice(0, TOP_CONSUMERS),
    memcg,
  };
  // A memcg OOM is accounted in the cgroup's own counters when it printed them.
  if (facts.scope === 'memcg' && event.memcg?.memory) {
    const rows = memcgRows(event.memcg);
    const usage = event.memcg.memory.usageKb;
    const counted = rows.filter((r) => r.counted).reduce((s, r) => s + r.kb, 0);
    return {
      ...base,
      scope: 'memcg',
      ramKb: memcg?.limitKb ?? null,
      rows,
      unaccountedKb: rows.length > 0 ? Math.max(0, usage - counted) : null,
      cma: null,
      highmem: null,
    };
  }
  const rows = machineRows(event, pageKb);
  const ramKb = event.summary.ramPages !== null ? event.summary.ramPages * pageKb : null;
  let unaccountedKb = unaccounted(ramKb, rows);
  const driver = driverMemory(event, pageKb);
  if (driver && unaccountedKb !== null && unaccountedKb > 0) {
    const kb = Math.min(driver.kb, unaccountedKb);
    rows.push({ id: 'driver', kb, lines: driver.lines, counted: true, part: null });
    unaccountedKb -= kb;
  }
  const cmaRow = rows.find((r) => r.id === 'cma-reserved');
  const freeCma =
    typeof event.memInfo?.counters.free_cma === 'number' ? event.memInfo.counters.free_cma * pageKb : null;
  return {
    ...base,
    scope: 'machine',
    ramKb,
    rows,
    unaccountedKb,
    cma: cmaRow ? { reservedKb: cmaRow.kb, freeKb: freeCma, lines: cmaRow.lines } : null,
    highmem: facts.highmem ? highmemSplit(event, rows) : null,
  };
}

/** RAM minus every counted row; shared pages and counters sampled at slightly different moments can overshoot: ≥ 0. */
function unaccounted(ramKb: number | null, rows: AccountingRow[]): number | null {
  const counters = rows.filter((r) => r.id !== 'free' && r.id !== 'reserved' && r.counted);
  if (ramKb === null || counters.length === 0) return null;
  const counted = rows.filter((r) => r.counted).reduce((s, r) => s + r.kb, 0);
  return Math.max(0, ramKb - counted);
}
