import type { Trigger } from '../model';

/**
 * The OOM header in every era (docs/kernel/oom-report.md §3):
 *   2.6.2x  `X invoked oom-killer: gfp_mask=0xd0, order=0, oomkilladj=0`
 *   2.6.32  `..., oom_adj=0`   RHEL6 `..., oom_adj=0, oom_score_adj=0`
 *   3.x     `gfp_mask=0x201da, order=0, oom_score_adj=0`
 *   4.6+    `gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), ...`
 *   4.9–4.20 adds `nodemask=0-1` / `nodemask=(null)` (4.11–4.14: two spaces before `order`)
 * Very old kernels print the header without a comm (`oom-killer: gfp_mask=...`).
 */
const HEADER = /^(?:(.+?) invoked )?oom-killer:\s*(.*)$/;
const GFP = /^(0x[0-9a-fA-F]+)(?:\((.*)\))?$/;
const INTEGER = /^-?\d+$/;

export function parseTrigger(text: string, line: number): Trigger | null {
  // Cheap test first: this runs on every line of a report.
  if (!text.includes('oom-killer:')) return null;
  const m = HEADER.exec(text.trim());
  if (!m) return null;
  const comm = m[1] ?? null;
  const params = m[2];
  // Without a comm we insist on a parameter right away so prose mentioning "oom-killer:" does not match.
  if (comm === null && !/^(?:gfp_mask|order)=/.test(params)) return null;
  const trigger: Trigger = {
    comm,
    pid: null,
    gfpMask: null,
    gfpPrinted: null,
    order: null,
    oomScoreAdj: null,
    oomAdj: null,
    nodemask: null,
    line,
  };
  // Parameters are separated by ", " (sometimes ",  "); a nodemask list such as `0,2` has no space after
  // its commas, so splitting on comma+whitespace keeps it whole. Order of keys does not matter.
  for (const part of params.split(/,\s+/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    applyParam(trigger, part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return trigger;
}

function applyParam(t: Trigger, key: string, value: string): void {
  switch (key) {
    case 'gfp_mask': {
      const m = GFP.exec(value.replace(/,$/, ''));
      if (m) {
        t.gfpMask = m[1].toLowerCase();
        // Names only when the closing parenthesis survived; `0x0()` (SysRq) gives "".
        t.gfpPrinted = m[2] ?? null;
      } else {
        // A line cut inside the names (`0x140cca(GFP_HIGHUSER_MO`): keep the mask, drop the partial names.
        const hex = /^0x[0-9a-fA-F]+/.exec(value);
        if (hex) t.gfpMask = hex[0].toLowerCase();
      }
      return;
    }
    case 'order':
      t.order = toInt(value);
      return;
    case 'oom_score_adj':
      t.oomScoreAdj = toInt(value);
      return;
    case 'oom_adj':
    case 'oomkilladj':
      t.oomAdj = toInt(value);
      return;
    case 'nodemask':
      t.nodemask = value.replace(/,$/, '') || null;
      return;
  }
}

function toInt(value: string): number | null {
  const v = value.replace(/,$/, '');
  return INTEGER.test(v) ? Number(v) : null;
}
