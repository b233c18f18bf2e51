/** Hand-made facts about an input (src/input: encoding, gzip, size, lines…), for the worker's and the app's tests. */
import { initialFacts, type InputFacts } from '../../src/input/index';

/** Facts of a small text input (overridable): what the worker reports about pasted text. */
export function makeFacts(overrides: Partial<InputFacts> = {}): InputFacts {
  return {
    ...initialFacts('text'),
    bytesRead: 100,
    textBytes: 100,
    chars: 100,
    lines: 4,
    empty: false,
    blank: false,
    ...overrides,
  };
}
