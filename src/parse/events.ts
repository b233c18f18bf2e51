// STUB: interface fixed by the orchestrator; the segmenter helper replaces the body.
import type { AllocationFailure, Diagnostic, LogLine, OomEvent } from './model';

export interface EventBuilderOptions {
  /** Called as soon as an event is closed (kill line seen, or cut off by the next event / end). */
  onEvent?: (event: OomEvent) => void;
}

export interface EventBuilder {
  /** Feed logical lines in input order. */
  feed(line: LogLine): void;
  /** First physical line of the event still open, or null; lets the caller drop raw text it no longer needs. */
  openFirstLine(): number | null;
  end(): { events: OomEvent[]; allocationFailures: AllocationFailure[]; diagnostics: Diagnostic[] };
}

export function createEventBuilder(options: EventBuilderOptions = {}): EventBuilder {
  void options;
  return {
    feed() {},
    openFirstLine: () => null,
    end: () => ({ events: [], allocationFailures: [], diagnostics: [] }),
  };
}
