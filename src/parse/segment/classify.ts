/**
 * Line classification for the event builder: what a logical line is, asked of the line kinds'
 * recognisers in a fixed order (kinds/order.ts) that avoids ambiguity. Context decides the few
 * lines that only mean something inside a block (task rows need the header's columns, v2 memcg
 * stats are bare `key value` pairs).
 *
 * Hot path of report parsing: a line is offered only to the rules whose format can start with its
 * first character (a table built once), in the same order, so the answer is the one asking every
 * rule would give, at a fraction of the cost.
 */
import type { Classified } from '../kinds/index';
import type { ClassifyContext, Rule } from '../kinds/kind';
import { RULES } from '../kinds/order';

/**
 * Words found in every line that can start an event, an allocation failure or a fragment (a zone line's
 * `kB min:` watermark), join a closed event (reaper, another program's echo of a kill) or be kept for the
 * next one (a balloon driver): the kinds whose `outside` is not 'nothing'. Outside a report, lines
 * without them are other programs' messages and skip the recognisers: most of a big journal is such lines.
 */
const MAY_MATTER_OUTSIDE =
  /invoked oom-killer|^oom-killer: (?:gfp_mask|order)=|alloc(?:ation)? failure|vmalloc error|killed process|kill process|\boom_reaper|oom-kill:|panic|deadlocked on memory|no killable|mem-info|tasks state|total_vm|task in |memory limit reached|memory cgroup|kB min:\d|balloon/i;

export function mayMatterOutsideEvents(text: string): boolean {
  return MAY_MATTER_OUTSIDE.test(text);
}

/** Rules by the first character of a line (ASCII); other lines are offered to every rule. */
const RULES_BY_START: readonly (readonly Rule<Classified>[])[] = Array.from({ length: 128 }, (_, code) =>
  RULES.filter((rule) => rule.starts === null || rule.starts.includes(String.fromCharCode(code))),
);

/** What the line is, or null when no rule understood it. Never throws (section parsers never do). */
export function classifyLine(text: string, line: number, ctx: ClassifyContext): Classified | null {
  // The prefix stage hands over text without leading blanks: only other white space needs trim().
  let first = text.charCodeAt(0);
  if (!(first > 32 && first < 127)) first = text.trim().charCodeAt(0);
  const rules = first < 128 ? RULES_BY_START[first] : RULES; // NaN (empty line) is not < 128
  for (let i = 0; i < rules.length; i++) {
    const classified = rules[i].classify(text, line, ctx);
    if (classified !== null) return classified;
  }
  return null;
}

/** Every rule in order, without the first-character table: the reference classifyLine must agree with (tests). */
export function classifyByEveryRule(text: string, line: number, ctx: ClassifyContext): Classified | null {
  for (const rule of RULES) {
    const classified = rule.classify(text, line, ctx);
    if (classified !== null) return classified;
  }
  return null;
}
