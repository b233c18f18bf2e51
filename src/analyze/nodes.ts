/**
 * Which NUMA nodes an allocation could use. The kernel walks the zonelist filtered by the
 * allocation's nodemask (mempolicy) and, for cpuset-constrained tasks, by `mems_allowed`.
 * The report prints these as node lists ("0-1,3") in several places depending on the era.
 */
import type { OomEvent } from '../parse/model';

/** Parse a kernel node list ("0", "0-1", "0,2-3"); null for "(null)", empty or malformed text. */
export function parseNodeList(text: string | null | undefined): number[] | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '(null)') return null;
  const nodes = new Set<number>();
  for (const part of trimmed.split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!range) return null;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from || to - from > 4096) return null;
    for (let n = from; n <= to; n++) nodes.add(n);
  }
  return [...nodes].sort((a, b) => a - b);
}

export interface AllowedNodes {
  /** null: every node the report shows may be used. */
  nodes: number[] | null;
  /** Where the list came from: the kernel identifiers that printed it. */
  source: 'nodemask' | 'mems_allowed' | 'nodemask+mems_allowed' | 'none';
  lines: number[];
}

/**
 * The allocation's nodemask (mempolicy, printed on the 4.9–4.20 header or the 5.0+ constraint line)
 * intersected with the cpuset's mems_allowed. When the two do not overlap the nodemask wins:
 * the header's nodemask is what the allocator was actually handed.
 */
export function allowedNodes(event: OomEvent): AllowedNodes {
  const maskText = event.constraint?.nodemask ?? event.trigger?.nodemask ?? null;
  const mask = parseNodeList(maskText);
  const memsText = event.constraint?.memsAllowed ?? event.cpuset?.memsAllowed ?? null;
  const mems = parseNodeList(memsText);
  const maskLine = event.constraint?.nodemask ? event.constraint.line : event.trigger?.line;
  const memsLine = event.constraint?.memsAllowed ? event.constraint.line : event.cpuset?.line;
  if (mask && mems) {
    const both = mask.filter((n) => mems.includes(n));
    if (both.length > 0) {
      return { nodes: both, source: 'nodemask+mems_allowed', lines: lines(maskLine, memsLine) };
    }
    return { nodes: mask, source: 'nodemask', lines: lines(maskLine) };
  }
  if (mask) return { nodes: mask, source: 'nodemask', lines: lines(maskLine) };
  if (mems) return { nodes: mems, source: 'mems_allowed', lines: lines(memsLine) };
  return { nodes: null, source: 'none', lines: [] };
}

function lines(...candidates: (number | undefined)[]): number[] {
  return [...new Set(candidates.filter((l): l is number => typeof l === 'number'))];
}
