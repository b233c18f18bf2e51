import { describe, expect, it } from 'vitest';
import type { SharedLog } from '../../worker/protocol';
import {
  boxCard,
  EMPTY_INPUT,
  inputReducer,
  inputToRun,
  SHOW_IN_BOX_CHARS,
  type InputAction,
  type InputState,
} from './inputState';

const run = (...actions: InputAction[]): InputState => actions.reduce(inputReducer, EMPTY_INPUT);
const sample: InputAction = { type: 'sample', id: 'global', name: 'Global OOM', text: 'sample text' };
const big = new File(['x'.repeat(10)], 'big.log');

describe('input state', () => {
  it('after a file is opened, Analyse and Try again read that file, not the text that was in the box', () => {
    const s = run(sample, { type: 'file', file: big });
    expect(s.text).toBe('');
    expect(inputToRun(s, 'pasted text')).toEqual({ kind: 'file', file: big, name: 'big.log' });
    expect(boxCard(s)).toEqual({ kind: 'file', name: 'big.log', bytes: 10 });
  });

  it('shows a small file in the box once read, and only the file opened last', () => {
    const other = new File(['old'], 'old.log');
    const s = run(
      { type: 'file', file: other },
      { type: 'file', file: big },
      { type: 'file-text', file: other, text: 'old' },
    );
    expect(s.text).toBe('');
    const shown = inputReducer(s, { type: 'file-text', file: big, text: 'xxxxxxxxxx' });
    expect(shown.text).toBe('xxxxxxxxxx');
    expect(boxCard(shown)).toBeNull();
    // Still the file that runs (a .gz shown as text would not be the same input).
    expect(inputToRun(shown, 'pasted text')).toMatchObject({ kind: 'file', file: big });
  });

  it('once the user types, the box is their text and that is what runs', () => {
    const s = run({ type: 'file', file: big }, { type: 'edit', text: 'my log' });
    expect(inputToRun(s, 'pasted text')).toEqual({ kind: 'text', text: 'my log', name: 'pasted text' });
    expect(boxCard(s)).toBeNull();
    // Text read from the file later does not overwrite what they typed.
    expect(inputReducer(s, { type: 'file-text', file: big, text: 'xx' }).text).toBe('my log');
  });

  it('puts the user’s own text aside when a sample, file or shared event replaces it, and restores it', () => {
    for (const load of [sample, { type: 'file', file: big } as InputAction]) {
      const s = run({ type: 'edit', text: 'my notes' }, load);
      expect(s.stash).toBe('my notes');
      const back = inputReducer(s, { type: 'restore' });
      expect(back.text).toBe('my notes');
      expect(inputToRun(back, 'pasted text')).toMatchObject({ kind: 'text', text: 'my notes' });
    }
    // A sample replacing a sample keeps nothing aside.
    expect(run(sample, sample).stash).toBeNull();
  });

  it('a shared event runs at its original line numbers; a large one is a card', () => {
    const log: SharedLog = {
      name: 'web.log',
      text: 'a\nb',
      lines: [[7, 8]],
      view: { event: 0, line: null },
      redacted: true,
    };
    const s = run({ type: 'shared', log, name: 'web.log' });
    expect(s.text).toBe('a\nb');
    expect(inputToRun(s, 'pasted text')).toEqual({ kind: 'text', text: 'a\nb', name: 'web.log', lines: [[7, 8]] });
    const large = run({ type: 'shared', log: { ...log, text: 'x'.repeat(SHOW_IN_BOX_CHARS + 1) }, name: 'web.log' });
    expect(large.text).toBe('');
    expect(boxCard(large)).toMatchObject({ kind: 'shared', name: 'web.log' });
  });

  it('pasted text runs under its name until edited', () => {
    const s = run(sample, { type: 'paste', text: 'pasted', name: 'pasted text' });
    expect(inputToRun(s, 'x')).toEqual({ kind: 'text', text: 'pasted', name: 'pasted text' });
    expect(s.stash).toBeNull();
  });
});
