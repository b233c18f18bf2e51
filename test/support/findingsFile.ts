/**
 * `<name>.findings.txt`: the findings a person expects for a log, written by reading it.
 *
 *   event 0 lines 1-86: memcg/memcg
 *     critical memcg-limit path=/kubepods/x level=ancestor usageKb=102400
 *       why: the pod's limit (oom_memcg, line 85) is a parent of the container's (task_memcg): 100 MiB used of 100 MiB.
 *
 * An event line gives the event's lines and its kind/scope; each finding line gives severity, id and the params
 * that must have exactly these values (`key="text with spaces"` for such values); the `why:` line is for people.
 * Findings are listed in the order the analysis ranks them; an event with none lists none.
 */
export interface ExpectedFinding {
  severity: string;
  id: string;
  params: Record<string, string>;
  line: number;
}

export interface ExpectedEvent {
  index: number;
  firstLine: number;
  lastLine: number;
  kind: string;
  scope: string;
  findings: ExpectedFinding[];
}

const EVENT = /^event (\d+) lines (\d+)-(\d+): (\S+)\/(\S+)$/;
const FINDING = /^ {2}(critical|warning|info) (\S+)(.*)$/;
const PARAM = /(\w+)=(?:"([^"]*)"|(\S+))/g;

export function readFindingsFile(text: string): ExpectedEvent[] {
  const events: ExpectedEvent[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('    ')) return;
    const e = EVENT.exec(line);
    if (e) {
      events.push({
        index: Number(e[1]),
        firstLine: Number(e[2]),
        lastLine: Number(e[3]),
        kind: e[4],
        scope: e[5],
        findings: [],
      });
      return;
    }
    const f = FINDING.exec(line);
    if (!f || events.length === 0) throw new Error(`line ${i + 1}: cannot read "${line}"`);
    const params: Record<string, string> = {};
    for (const m of f[3].matchAll(PARAM)) params[m[1]] = m[2] ?? m[3];
    events[events.length - 1].findings.push({ severity: f[1], id: f[2], params, line: i + 1 });
  });
  return events;
}
