/** Test helper: run the event builder over an inline log (one logical line per physical line). */
import { createEventBuilder, type EventBuilder } from '../../src/parse/build/events';
import type { OomEvent } from '../../src/parse/model';

export function buildFrom(log: string, onEvent?: (e: OomEvent) => void): ReturnType<EventBuilder['end']> {
  const builder = createEventBuilder({ onEvent });
  feedAll(builder, log);
  return builder.end();
}

export function feedAll(builder: EventBuilder, log: string): void {
  log.split('\n').forEach((text, i) => builder.feed({ line: i + 1, text, time: null, uptime: null }));
}

/** Strips the common indentation of a template literal so inline logs can be indented in tests. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
