/**
 * The CLI's JSON output as a valibot schema: the source of docs/cli-json.schema.json (scripts/cli-schema.ts
 * writes it; a test checks the committed file is up to date and validates the CLI's output on every fixture
 * against that file). It follows ../shared/cli-json-contract.md field by field, extras marked; objects are
 * strict, so a field added to the output without being added here fails the test.
 * Not part of the built command: only the generator and the tests import it.
 */
import * as v from 'valibot';

const int = v.pipe(v.number(), v.integer());
const line = v.pipe(v.number(), v.integer(), v.minValue(0));
const kb = v.number();
const orNull = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const described = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

const Severity = v.picklist(['info', 'warning', 'critical']);
/** The numbers and names a finding's text is made from. */
const Params = v.record(v.string(), v.union([v.string(), v.number(), v.null()]));

export const FindingSchema = v.strictObject({
  id: described(v.string(), 'stable id, e.g. trigger-is-not-victim, memcg-limit, zone-below-min'),
  severity: Severity,
  title: v.string(),
  lines: described(v.array(line), 'evidence: 1-based input lines'),
  params: described(Params, 'the numbers and names the text is made from'),
  items: v.optional(described(v.array(Params), 'extra: the repeated parts of the finding, each with its params')),
  detail: v.optional(described(v.string(), 'extra: the plain-language explanation with the numbers')),
});

const Trigger = v.strictObject({
  comm: orNull(v.string()),
  pid: orNull(int),
  gfpMask: described(orNull(v.string()), 'hex as printed, e.g. 0x140cca'),
  gfpFlags: described(v.array(v.string()), 'decoded names for this kernel version'),
  order: orNull(int),
  oomScoreAdj: orNull(int),
});

const Victim = v.strictObject({
  pid: int,
  comm: v.string(),
  totalVmKb: orNull(kb),
  anonRssKb: orNull(kb),
  fileRssKb: orNull(kb),
  shmemRssKb: orNull(kb),
  uid: orNull(int),
  oomScoreAdj: orNull(int),
});

const Zone = v.strictObject({
  node: int,
  zone: v.string(),
  freeKb: kb,
  minKb: kb,
  lowKb: kb,
  highKb: kb,
  managedKb: orNull(kb),
  lowmemReserve: described(v.array(v.number()), 'pages, one per zone index'),
});

const Buddy = v.strictObject({
  node: int,
  zone: v.string(),
  freeBlocks: described(v.array(int), 'index = order'),
  totalKb: orNull(kb),
});

const Task = v.strictObject({
  pid: int,
  uid: orNull(int),
  tgid: orNull(int),
  totalVmPages: int,
  rssPages: int,
  swapEntries: orNull(int),
  oomScoreAdj: int,
  name: v.string(),
});

const Analysis = v.strictObject({
  accounting: orNull(
    v.strictObject({
      ramKb: orNull(kb),
      unaccountedKb: orNull(kb),
      rows: v.array(v.strictObject({ id: v.string(), kb, lines: v.array(line) })),
    }),
  ),
  badness: orNull(
    v.strictObject({
      rule: described(v.string(), 'the kernel era formula that was applied'),
      victim: orNull(v.strictObject({ pid: int, printed: orNull(v.number()), recomputed: orNull(v.number()) })),
    }),
  ),
  watermarks: v.array(
    v.strictObject({ node: int, zone: v.string(), usable: v.boolean(), passes: orNull(v.boolean()) }),
  ),
  fragmentation: orNull(v.strictObject({ verdict: v.string(), largestUsableOrder: orNull(int) })),
});

export const EventSchema = v.strictObject({
  firstLine: line,
  lastLine: line,
  kind: v.picklist(['global', 'memcg', 'sysrq', 'cpuset', 'mempolicy', 'fragment', 'unknown']),
  scope: v.picklist(['global', 'memcg', 'cpuset', 'mempolicy', 'sysrq', 'unknown']),
  complete: v.boolean(),
  pageSizeKb: described(orNull(v.number()), 'as the log proves it; null when it cannot show it'),
  kernelVersion: orNull(v.string()),
  trigger: orNull(Trigger),
  constraint: orNull(v.string()),
  memcg: orNull(v.strictObject({ path: orNull(v.string()), usageKb: orNull(kb), limitKb: orNull(kb) })),
  victim: orNull(Victim),
  zones: v.array(Zone),
  buddy: v.array(Buddy),
  tasks: v.array(Task),
  tasksElided: v.boolean(),
  findings: v.array(FindingSchema),
  analysis: Analysis,
  time: described(orNull(v.string()), 'extra: the first line timestamp as printed'),
  uptime: described(orNull(v.number()), 'extra: seconds since boot, from a dmesg stamp'),
  headline: described(v.string(), 'extra: the analysis in two or three sentences'),
});

const AllocationFailure = v.strictObject({
  firstLine: line,
  lastLine: line,
  comm: orNull(v.string()),
  gfpMask: orNull(v.string()),
  order: orNull(int),
  findings: v.array(FindingSchema),
});

const Diagnostic = v.strictObject({
  line: described(line, '0: the whole input'),
  severity: v.picklist(['info', 'warning', 'error']),
  message: v.string(),
});

export const DocumentSchema = v.strictObject({
  schemaVersion: v.literal(1),
  file: described(v.string(), 'the path as given on the command line ("-" for stdin)'),
  events: v.array(EventSchema),
  allocationFailures: v.array(AllocationFailure),
  diagnostics: v.array(Diagnostic),
  stats: v.strictObject({ bytes: int, lines: int, prefixStyles: v.array(v.string()) }),
});

/** A file that could not be read: its line in --json and --format ndjson output. */
export const FileErrorSchema = v.strictObject({ file: v.string(), error: v.string() });

/** One line of --format ndjson and of --follow. */
export const EventLineSchema = v.strictObject({
  schemaVersion: v.literal(1),
  file: v.string(),
  eventNumber: described(v.pipe(int, v.minValue(1)), '1-based number of the event in its file or stream'),
  event: EventSchema,
});

/** What one line of --json output is: a document, or the error for a file that could not be read. */
export const OutputSchema = v.union([DocumentSchema, FileErrorSchema]);
