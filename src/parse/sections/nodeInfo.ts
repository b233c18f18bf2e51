import type { NodeInfo } from '../model';
import { parseKbFields } from './zone';

/**
 * 4.8+ per-node line (docs/kernel/oom-report.md §5.3): `Node 0 active_anon:123kB ... all_unreclaimable? no [Balloon:0kB]`.
 * The first thing after `Node N ` must be a `key:NkB` field: zone lines have a zone name there
 * (`Node 0 DMA free:`), buddy lines `DMA: 1*4kB`, hugepages lines `hugepages_total=`, so none match.
 * The field list changes every few releases, so it is read generically.
 */
const NODE = /^Node (\d+) ([A-Za-z_][\w()]*:\s?\d+kB(?:\s.*)?)$/;

export function parseNodeInfo(text: string, line: number): NodeInfo | null {
  const m = NODE.exec(text.trim());
  if (!m) return null;
  const { fieldsKb, allUnreclaimable } = parseKbFields(m[2]);
  return { node: Number(m[1]), fieldsKb, allUnreclaimable, line };
}
