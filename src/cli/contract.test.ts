import { describe, expect, it } from 'vitest';
import type { EventAnalysis } from '../analyze/types';
import { analyzeEvent, emptyAnalysis } from '../analyze/index';
import type { OomEvent, ParseResult } from '../parse/model';
import { toContractDocument, toContractEvent } from './contract';
import { formatSummary } from './summary';
import { emptyMemcg, emptySummary } from '../parse/build/emptyEvent';

function event(over: Partial<OomEvent> = {}): OomEvent {
  return {
    index: 0,
    firstLine: 3,
    lastLine: 40,
    kind: 'global',
    complete: true,
    time: '[  12.000000]',
    uptime: 12,
    trigger: {
      comm: 'nginx',
      pid: null,
      gfpMask: '0x200da',
      gfpPrinted: null,
      order: 0,
      oomScoreAdj: 0,
      oomAdj: null,
      nodemask: null,
      line: 3,
    },
    kernel: {
      version: '3.13.0-86-generic',
      build: '#130-Ubuntu',
      cpu: 1,
      pid: 10242,
      uid: null,
      comm: 'nginx',
      tainted: null,
      hardware: null,
      line: 5,
    },
    cpuset: null,
    callTrace: [],
    memInfo: null,
    nodes: [],
    zones: [
      {
        node: 0,
        zone: 'DMA32',
        freeKb: 48516,
        minKb: 31704,
        lowKb: 39628,
        highKb: 47556,
        managedKb: 3836724,
        presentKb: 3915776,
        boostKb: null,
        reservedHighatomicKb: null,
        fieldsKb: {},
        allUnreclaimable: true,
        lowmemReserve: [0, 0, 4221, 4221],
        line: 9,
        reserveLine: 10,
      },
    ],
    buddy: [
      {
        node: 0,
        zone: 'DMA32',
        freeBlocks: [1101, 745],
        blockKb: [4, 8],
        migrateTypes: ['UE', 'UEM'],
        totalKb: null,
        line: 12,
      },
    ],
    hugepages: [],
    summary: emptySummary(),
    pageSizeKb: 4,
    tasks: {
      columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'nr_ptes', 'swapents', 'oom_score_adj', 'name'],
      headerLine: 20,
      tasks: [
        {
          pid: 355,
          uid: 0,
          tgid: 355,
          totalVmPages: 4868,
          rssPages: 66,
          rssAnonPages: null,
          rssFilePages: null,
          rssShmemPages: null,
          nrPtes: 13,
          nrPmds: null,
          pgtablesBytes: null,
          swapEntries: 0,
          oomScoreAdj: 0,
          oomAdj: null,
          cpu: null,
          name: 'upstart udev',
          line: 21,
        },
      ],
      elided: true,
    },
    constraint: null,
    selection: null,
    victim: {
      message: null,
      pid: 10366,
      comm: 'nginx',
      totalVmKb: 84784,
      anonRssKb: 49156,
      fileRssKb: 520,
      shmemRssKb: null,
      uid: null,
      pgtablesKb: null,
      oomScoreAdj: null,
      line: 40,
    },
    reaped: null,
    oomGroup: null,
    memcg: null,
    panic: null,
    noKillable: false,
    unparsedLines: [],
    ...over,
  };
}

const empty = emptyAnalysis();
const analysis: EventAnalysis = {
  ...empty,
  facts: { ...empty.facts, kind: 'global', scope: 'global', pageSize: { kb: 4, proof: 'buddy', lines: [12] } },
  gfp: { names: ['GFP_HIGHUSER_MOVABLE'] } as EventAnalysis['gfp'],
  requestKb: 4,
  findings: [
    {
      id: 'trigger-is-not-victim',
      severity: 'warning',
      lines: [3, 40],
      params: { comm: 'nginx', pid: 10242, invoker: 'process', victimComm: 'nginx', victimPid: 10366 },
    },
  ],
  headline: [{ id: 'out-of-memory', params: { scope: 'global' } }],
};

const CONTRACT_EVENT_KEYS = [
  'firstLine',
  'lastLine',
  'kind',
  'scope',
  'complete',
  'pageSizeKb',
  'analysis',
  'kernelVersion',
  'trigger',
  'constraint',
  'memcg',
  'victim',
  'zones',
  'buddy',
  'tasks',
  'tasksElided',
  'findings',
];

describe('toContractEvent', () => {
  const c = toContractEvent(event(), analysis);

  it('carries every contract field', () => {
    for (const key of CONTRACT_EVENT_KEYS) expect(c).toHaveProperty(key);
  });

  it('maps the trigger, taking the pid from the CPU line and the flags from the analysis', () => {
    expect(c.trigger).toEqual({
      comm: 'nginx',
      pid: 10242,
      gfpMask: '0x200da',
      gfpFlags: ['GFP_HIGHUSER_MOVABLE'],
      order: 0,
      oomScoreAdj: 0,
    });
    expect(c.kernelVersion).toBe('3.13.0-86-generic');
  });

  it('maps victim, zones, buddy and tasks with nulls where the log had nothing', () => {
    expect(c.victim).toEqual({
      pid: 10366,
      comm: 'nginx',
      totalVmKb: 84784,
      anonRssKb: 49156,
      fileRssKb: 520,
      shmemRssKb: null,
      uid: null,
      oomScoreAdj: null,
    });
    expect(c.zones).toEqual([
      {
        node: 0,
        zone: 'DMA32',
        freeKb: 48516,
        minKb: 31704,
        lowKb: 39628,
        highKb: 47556,
        managedKb: 3836724,
        lowmemReserve: [0, 0, 4221, 4221],
      },
    ]);
    expect(c.buddy).toEqual([{ node: 0, zone: 'DMA32', freeBlocks: [1101, 745], totalKb: null }]);
    expect(c.tasks).toEqual([
      {
        pid: 355,
        uid: 0,
        tgid: 355,
        totalVmPages: 4868,
        rssPages: 66,
        swapEntries: 0,
        oomScoreAdj: 0,
        name: 'upstart udev',
      },
    ]);
    expect(c.tasksElided).toBe(true);
    expect(c.constraint).toBeNull();
    expect(c.memcg).toBeNull();
  });

  it('maps findings with their evidence lines and params; title and detail are the English catalogue', () => {
    expect(c.findings).toEqual([
      {
        id: 'trigger-is-not-victim',
        severity: 'warning',
        title: 'The process that asked for memory is not the one killed',
        lines: [3, 40],
        params: { comm: 'nginx', pid: 10242, invoker: 'process', victimComm: 'nginx', victimPid: 10366 },
        items: [],
        detail: expect.stringContaining('nginx (pid 10242) invoked the OOM killer'),
      },
    ]);
    expect(c.headline).toBe('The system ran out of memory.');
  });

  it('adds scope, kind, the proven page size and the analysis (accounting, badness, watermarks, fragmentation)', () => {
    // A pre-5.1 "Killed process" line carries no "Out of memory" message: nothing here proves the scope.
    const real = toContractEvent(event(), analyzeEvent(event()));
    expect(real).toMatchObject({ kind: 'unknown', scope: 'unknown', pageSizeKb: 4 });
    const withMessage = event({ victim: { ...event().victim!, message: 'Out of memory' } });
    expect(toContractEvent(withMessage, analyzeEvent(withMessage))).toMatchObject({ kind: 'global', scope: 'global' });
    // 3.13: the high watermark decided; 48516 kB free is short of high 47556 + reserve 16884.
    expect(real.analysis.watermarks).toEqual([{ node: 0, zone: 'DMA32', usable: true, passes: false }]);
    expect(real.analysis.badness).toMatchObject({ rule: 'pages-3.5', victim: { pid: 10366 } });
    expect(real.analysis.accounting).toMatchObject({ ramKb: null, unaccountedKb: null });
    expect(real.analysis.fragmentation).toBeNull();
    expect(toContractEvent(event(), emptyAnalysis()).analysis).toEqual({
      accounting: null,
      badness: null,
      watermarks: [],
      fragmentation: null,
    });
  });

  it('maps memcg usage and limit, constraint, and a missing trigger or victim', () => {
    const m = toContractEvent(
      event({
        kind: 'memcg',
        trigger: null,
        victim: null,
        tasks: null,
        constraint: {
          constraint: 'CONSTRAINT_MEMCG',
          nodemask: null,
          cpuset: null,
          memsAllowed: null,
          globalOom: false,
          oomMemcg: '/a',
          taskMemcg: '/a',
          task: 'x',
          pid: 1,
          uid: 0,
          line: 30,
        },
        memcg: emptyMemcg(20, {
          path: '/a',
          taskPath: '/a',
          memory: { usageKb: 1024, limitKb: 1024, failcnt: 5, line: 20 },
        }),
      }),
      { ...analysis, gfp: null, facts: { ...analysis.facts, kind: 'memcg', scope: 'memcg' } },
    );
    expect(m.kind).toBe('memcg');
    expect(m.trigger).toBeNull();
    expect(m.victim).toBeNull();
    expect(m.tasks).toEqual([]);
    expect(m.tasksElided).toBe(false);
    expect(m.constraint).toBe('CONSTRAINT_MEMCG');
    expect(m.memcg).toEqual({ path: '/a', usageKb: 1024, limitKb: 1024 });
  });
});

describe('toContractDocument', () => {
  const result: ParseResult = {
    events: [event()],
    allocationFailures: [
      { firstLine: 50, lastLine: 60, comm: 'kworker', gfpMask: '0x20', order: 3, time: null, uptime: null },
    ],
    diagnostics: [{ line: 0, severity: 'info', message: 'hello' }],
    stats: { bytes: 100, lines: 60, prefixStyles: ['dmesg'] },
  };

  it('wraps events with schema version, file and diagnostics; survives JSON round trips', () => {
    const doc = toContractDocument('x.log', result, () => analysis);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.file).toBe('x.log');
    // The contract carries the warning's place and request, not its time (not part of the JSON schema).
    const { time: _time, uptime: _uptime, ...failure } = result.allocationFailures[0];
    expect(doc.allocationFailures).toEqual([
      {
        ...failure,
        findings: [
          expect.objectContaining({
            id: 'alloc-failure-atomic',
            params: { comm: 'kworker', order: 3, mask: '0x20', flags: null },
          }),
        ],
      },
    ]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('keeps the parsed facts when the analysis throws', () => {
    const doc = toContractDocument('x.log', result, () => {
      throw new Error('boom');
    });
    expect(doc.events[0].victim?.pid).toBe(10366);
    expect(doc.events[0].trigger?.gfpFlags).toEqual([]);
    expect(doc.diagnostics.some((d) => d.severity === 'error' && d.message.includes('boom'))).toBe(true);
  });

  it('summarises each event for people', () => {
    const text = formatSummary(toContractDocument('x.log', result, () => analysis));
    expect(text).toContain('x.log: 1 OOM event in 60 lines (100 bytes, prefixes: dmesg)');
    expect(text).toContain('nginx (pid 10242) -> killed nginx (pid 10366), anon-rss 48 MiB');
    expect(text).toContain('line 50: kworker order=3 mode=0x20 — An atomic allocation failed');
    expect(text).toContain('gfp_mask=0x200da (GFP_HIGHUSER_MOVABLE), order=0');
    expect(text).toContain('[warning] The process that asked for memory is not the one killed (line 3, 40)');
    expect(text).toContain('page allocation failure');
  });
});
