/**
 * Findings about where the memory was: kernel memory, memory no counter explains, a driver's mappings,
 * tmpfs/shmem, a balloon. Each is scoped: in a memcg OOM only the cgroup's own counters count.
 */
import { KERNEL_MEMORY_SHARE } from './thresholds';
import { type FindingContext, type Rule, finding, pct } from './context';

const rowKb = (ctx: FindingContext, ...ids: string[]) =>
  (ctx.accounting?.rows ?? []).filter((r) => ids.includes(r.id)).reduce((s, r) => s + r.kb, 0);

/**
 * Kernel memory larger than what the processes hold. Machine scope: slab + kernel stacks + page tables that
 * no listed process owns, against the listed RSS (complete table only; page tables of a process go when it
 * dies, so they are the process's). memcg scope: the kernel memory charged to the cgroup (v1 `kmem:`, v2
 * kernel/slab/…) filling most of its usage. Host-wide slab is never the cgroup's.
 */
export const kernelMemoryDominates: Rule = (ctx) => {
  const { event, accounting, facts } = ctx;
  if (!accounting) return null;
  if (accounting.scope === 'memcg') {
    const m = accounting.memcg;
    if (!m || m.kernelKb === null || m.usageKb === null || m.usageKb <= 0) return null;
    if (m.kernelKb < m.usageKb * KERNEL_MEMORY_SHARE) return null;
    return finding(
      'kernel-memory-dominates',
      'warning',
      {
        scope: 'memcg',
        kernelKb: m.kernelKb,
        usageKb: m.usageKb,
        pct: pct(m.kernelKb, m.usageKb),
        path: facts.memcg?.oomPath ?? m.path,
      },
      [event.memcg?.kmem?.line ?? event.memcg?.statsLine, m.line],
    );
  }
  if (facts.scope === 'memcg') return null;
  const tasks = event.tasks;
  if (!tasks || tasks.elided || tasks.tasks.length === 0) return null;
  const slabKb = rowKb(ctx, 'slab', 'slab-reclaimable', 'slab-unreclaimable');
  const stackKb = rowKb(ctx, 'kernel-stack');
  const tablesKb = Math.max(0, rowKb(ctx, 'page-tables', 'sec-page-tables') - accounting.taskPageTablesKb);
  const kernelKb = slabKb + stackKb + tablesKb;
  const processKb = accounting.taskRssKb + accounting.taskPageTablesKb;
  if (kernelKb === 0 || kernelKb <= processKb) return null;
  const slabLine = accounting.rows.find((r) => r.id.startsWith('slab'))?.lines[0] ?? event.memInfo?.line;
  return finding(
    'kernel-memory-dominates',
    'warning',
    {
      scope: 'machine',
      kernelKb,
      slabKb,
      stackKb,
      tablesKb,
      processKb,
      count: tasks.tasks.length,
      ramKb: accounting.ramKb,
      pct: pct(kernelKb, accounting.ramKb),
    },
    [slabLine, tasks.headerLine],
  );
};

/** RAM no printed counter explains: driver allocations, vmalloc, CMA handed to devices, … */
export const unaccountedMemory: Rule = ({ accounting, event }) => {
  if (!accounting || accounting.scope !== 'machine' || accounting.unaccountedKb === null || !accounting.ramKb)
    return null;
  const share = accounting.unaccountedKb / accounting.ramKb;
  if (share < 0.25 || accounting.unaccountedKb < 128 * 1024) return null;
  return finding(
    'unaccounted-memory',
    'warning',
    {
      unaccountedKb: accounting.unaccountedKb,
      ramKb: accounting.ramKb,
      pct: pct(accounting.unaccountedKb, accounting.ramKb),
      cmaReservedKb: accounting.cma?.reservedKb ?? null,
      freeCmaKb: accounting.cma?.freeKb ?? null,
    },
    [event.memInfo?.line, event.summary.lines.ramPages, ...(accounting.cma?.lines ?? [])],
  );
};

export const driverMemoryFinding: Rule = ({ driver, event }) => {
  if (!driver) return null;
  return finding(
    'driver-memory',
    'warning',
    {
      comm: driver.comm,
      pid: driver.pid,
      fileRssKb: driver.fileRssKb,
      pageCacheKb: driver.pageCacheKb,
      mappedKb: driver.mappedKb,
      driverKb: driver.kb,
      afterReapKb: driver.afterReapKb,
      tainted: event.kernel?.tainted ?? null,
    },
    [...driver.lines, event.kernel?.tainted ? event.kernel.line : null],
  );
};

/** tmpfs/shmem pages are freed only by deleting files or unmapping segments: killing a process frees none. */
export const shmemDominates: Rule = ({ accounting, event, facts }) => {
  if (!accounting || accounting.scope !== 'machine' || !accounting.ramKb || facts.scope === 'memcg') return null;
  const shmemKb = accounting.rows.find((r) => r.id === 'shmem')?.kb ?? 0;
  if (shmemKb < accounting.ramKb * 0.4) return null;
  const swapKb = event.summary.totalSwapKb;
  const swapFull = swapKb === 0 || (swapKb !== null && (event.summary.freeSwapKb ?? 0) <= swapKb * 0.02);
  return finding(
    'shmem-dominates',
    'warning',
    { shmemKb, ramKb: accounting.ramKb, pct: pct(shmemKb, accounting.ramKb), swapKb, swapFull: swapFull ? 1 : 0 },
    [accounting.rows.find((r) => r.id === 'shmem')?.lines[0], event.summary.lines.totalSwapKb],
  );
};

/** A balloon driver moves memory between the guest and the hypervisor; what it holds is gone from the guest. */
export const balloon: Rule = ({ event }) => {
  const nodeKb = event.nodes.reduce((s, n) => s + (n.fieldsKb.Balloon ?? n.fieldsKb.balloon ?? 0), 0);
  const frame = event.callTrace.find((f) => /balloon/i.test(f.symbol) || /balloon/i.test(f.module ?? ''));
  const lines = event.balloon ?? [];
  if (nodeKb === 0 && !frame && lines.length === 0) return null;
  const driver = lines[0]?.driver ?? frame?.module ?? (frame ? frame.symbol.split('+')[0] : null);
  const inflatedKb = nodeKb > 0 ? nodeKb : (lines.find((b) => b.kb !== null)?.kb ?? null);
  return finding('balloon', 'info', { driver, inflatedKb }, [
    ...event.nodes.filter((n) => (n.fieldsKb.Balloon ?? 0) > 0).map((n) => n.line),
    frame?.line,
    ...lines.map((b) => b.line),
  ]);
};
