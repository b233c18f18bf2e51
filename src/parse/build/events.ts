/**
 * The event builder: turns the logical line stream (prefixes stripped, transport damage undone)
 * into OOM events, allocation failures and diagnostics. The logic lives in core.ts (what each kind
 * of line does, in its record in ../kinds); this file is the fixed public interface and the
 * last-resort guard that keeps any input from throwing.
 */
import { EventBuilderCore } from './core';
import { ReversedPasteReader } from './reversed';
import type { AllocationFailure, Diagnostic, LogLine, OomEvent } from '../model';

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
  /** The input paused: close an event that is past its kill line (see EventBuilderCore.idle). */
  idle(): void;
  /** Drop closed events, allocation failures and diagnostics (endless input). */
  forget(): void;
}

export function createEventBuilder(options: EventBuilderOptions = {}): EventBuilder {
  const onEvent = options.onEvent ?? (() => {});
  const core = new EventBuilderCore((event) => {
    try {
      onEvent(event);
    } catch (err) {
      // A consumer's failure must not lose the rest of the parse.
      core.diagnostics.push({
        line: event.firstLine,
        severity: 'error',
        message: `event consumer failed: ${describe(err)}`,
      });
    }
  });
  const reader = new ReversedPasteReader(
    (l) => core.feed(l),
    () => core.readiness,
    core.diagnostics,
  );
  let ended = false;
  const noteError = (line: number, err: unknown): void => {
    core.diagnostics.push({
      line,
      severity: 'error',
      message: `internal parser error (line skipped): ${describe(err)}`,
    });
  };
  return {
    feed(line) {
      if (ended) return;
      try {
        reader.feed(line);
      } catch (err) {
        noteError(line.line, err);
      }
    },
    openFirstLine() {
      try {
        const held = reader.firstHeldLine();
        const open = core.openFirstLine();
        return held === null ? open : open === null ? held : Math.min(held, open);
      } catch {
        return null;
      }
    },
    idle() {
      if (ended) return;
      try {
        reader.flush();
        core.idle();
      } catch (err) {
        noteError(0, err);
      }
    },
    forget() {
      core.forget();
    },
    end() {
      if (!ended) {
        try {
          reader.flush();
          core.end();
        } catch (err) {
          noteError(0, err);
        }
      }
      ended = true;
      return { events: core.events, allocationFailures: core.allocationFailures, diagnostics: core.diagnostics };
    },
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
