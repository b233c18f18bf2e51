/**
 * Prints what the analysis finds for a log in the `.findings.txt` form (test/support/findingsFile.ts), with the
 * key params of each finding. A DRAFT for a person to check against the log line by line and to complete with
 * the `why:` lines; never copy it into a fixture unchecked.
 *
 *   npx tsx scripts/findings-draft.ts test/fixtures/real/022-….log
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../src/parse/index';
import { analyzeEvents } from '../src/analyze/index';

/** The params worth pinning per finding: numbers a reader can find in the log. */
const KEYS: Record<string, string[]> = {
  'memcg-limit': ['path', 'level', 'usageKb', 'limitKb', 'failcnt'],
  'zone-below-min': ['count', 'usableCount', 'watermark', 'targetZone', 'order'],
  'trigger-is-not-victim': ['comm', 'pid', 'invoker', 'victimComm', 'victimPid'],
  'trigger-thread-of-victim': ['threadPid', 'victimPid', 'proven'],
  'selected-thread-of-victim': ['selectedPid', 'victimPid'],
  'sacrificed-child': ['selectedPid', 'victimPid'],
  'kswapd-invoker': ['comm', 'pid'],
  'driver-memory': ['comm', 'pid', 'fileRssKb', 'pageCacheKb', 'afterReapKb'],
  'swap-exhausted': ['kind', 'freeKb', 'totalKb', 'usageKb', 'limitKb'],
  'swap-unused': ['freeKb', 'totalKb', 'reason', 'nodeLruEra'],
  'lowmem-pressure': ['lowFreeKb', 'highFreeKb', 'normalPresentKb', 'normalReservedKb'],
  fragmentation: ['order', 'largestUsableOrder'],
  'repeated-kills': ['nth', 'by', 'previousComm', 'previousPid', 'previousFreedKb'],
  'one-process-dominates': ['comm', 'pid'],
  'many-copies': ['names'],
  'kernel-memory-dominates': ['scope', 'kernelKb', 'usageKb'],
  'unaccounted-memory': ['cmaReservedKb', 'freeCmaKb'],
  'shmem-dominates': ['shmemKb', 'swapFull'],
  'memcg-limit-below-workload': ['limitKb', 'limitKind', 'comm'],
  'printed-score': ['match', 'printed', 'recomputed'],
  'panic-on-oom': ['mode', 'scope'],
  'no-killable-process': ['rows'],
  'gfp-prerelease': ['kernel', 'unnamed', 'ourNames'],
  'scope-unknown': ['path', 'hasKill'],
  'fragment-only': ['scope'],
  'incomplete-report': ['missingKill', 'missingHeader'],
  'no-task-table': ['era'],
  'task-table-elided': ['rows'],
  'rss-is-pages': ['pageKb', 'proof'],
  'costly-order': ['order'],
  'unkillable-tasks': ['count'],
  'sysrq-manual': ['comm'],
  balloon: ['driver'],
};

const value = (v: unknown) => (typeof v === 'string' && /\s/.test(v) ? `"${v}"` : String(v));

for (const file of process.argv.slice(2)) {
  const result = parseText(readFileSync(file, 'utf8'));
  console.log(`# ${file.split('/').pop()}: expected findings, read from the log`);
  analyzeEvents(result.events).forEach((a, i) => {
    const e = result.events[i];
    console.log(`event ${e.index} lines ${e.firstLine}-${e.lastLine}: ${a.facts.kind}/${a.facts.scope}`);
    for (const f of a.findings) {
      const params = (KEYS[f.id] ?? [])
        .filter((k) => f.params[k] !== undefined)
        .map((k) => `${k}=${value(f.params[k])}`);
      console.log(`  ${f.severity} ${f.id} ${params.join(' ')}`.trimEnd());
      console.log(`    why: TODO (lines ${f.lines.join(', ')})`);
    }
  });
}
