/**
 * Findings about the OOM's reach: a cgroup limit (and which level of the hierarchy), a scope the lines do
 * not show, a cpuset/mempolicy whose nodes hold no zone the request can use.
 */
import { functionOf, MEMCG_OOM_FUNCTIONS, PAGE_ALLOCATOR_FUNCTIONS } from '../../kernel/frames';
import { allowedNodes } from '../nodes';
import { type Rule, finding } from './context';

export const memcgLimit: Rule = ({ event, facts, accounting }) => {
  if (facts.scope !== 'memcg') return null;
  const m = accounting?.memcg ?? null;
  const memory = event.memcg?.memory ?? null;
  const level = facts.memcg?.level ?? null;
  const items = (m?.largestStats ?? []).map((s) => ({ key: s.key, kb: s.kb }));
  return finding(
    'memcg-limit',
    'critical',
    {
      path: facts.memcg?.oomPath ?? null,
      taskPath: facts.memcg?.taskPath ?? null,
      level,
      usageKb: memory?.usageKb ?? null,
      limitKb: m?.limitKb ?? null,
      pct: m?.percentOfLimit ?? null,
      failcnt: memory?.failcnt ?? null,
      over: memory && m?.limitKb != null && memory.usageKb > m.limitKb ? 1 : 0,
    },
    [memory?.line, event.memcg?.line, event.constraint?.line, event.memcg?.statsLine, ...facts.scopeLines],
    items,
  );
};

/** Where the trace shows how the OOM killer was reached, say it even when the scope cannot be told. */
function allocatorPath(event: Parameters<Rule>[0]['event']): { path: string; line: number } | null {
  for (const f of event.callTrace) {
    const name = functionOf(f.symbol);
    if (MEMCG_OOM_FUNCTIONS.has(name)) return { path: 'memcg-charge', line: f.line };
    if (PAGE_ALLOCATOR_FUNCTIONS.has(name)) return { path: 'page-allocator', line: f.line };
  }
  return null;
}

export const scopeUnknown: Rule = ({ event, facts }) => {
  if (facts.scope !== 'unknown') return null;
  const path = allocatorPath(event);
  return finding(
    'scope-unknown',
    'info',
    {
      path: path?.path ?? null,
      hasTrigger: event.trigger ? 1 : 0,
      hasKill: event.victim || event.selection ? 1 : 0,
    },
    [event.trigger?.line ?? event.firstLine, path?.line],
  );
};

/**
 * A cpuset or mempolicy whose nodes hold only zones the request cannot use (ZONE_MOVABLE for a request
 * without __GFP_MOVABLE, say): the allocation fails with memory free elsewhere. The placement is the cause.
 */
export const constraintUnusableZones: Rule = ({ event, facts, watermarks }) => {
  const allowed = allowedNodes(event);
  if (allowed.nodes === null || !facts.request) return null;
  const onAllowed = watermarks.checks.filter((c) => allowed.nodes!.includes(c.node) && c.state !== 'empty');
  if (onAllowed.length === 0 || onAllowed.some((c) => facts.usableZones.includes(c.zone))) return null;
  const elsewhere = watermarks.checks.filter((c) => !allowed.nodes!.includes(c.node));
  return finding(
    'constraint-unusable-zones',
    'critical',
    {
      nodes: allowed.nodes.join(','),
      source: allowed.source,
      targetZone: facts.targetZone,
      zones: [...new Set(onAllowed.map((c) => c.zone))].join(', '),
      freeElsewhereKb: elsewhere.reduce((s, c) => s + c.freeKb, 0),
    },
    [...allowed.lines, ...onAllowed.map((c) => c.line), event.trigger?.line],
  );
};
