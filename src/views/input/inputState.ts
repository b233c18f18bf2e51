/**
 * What the input box holds and what it refers to, as a pure reducer (tested without React).
 *
 * The rule: what the results show is what the box refers to. Opening a file, a sample or a shared event
 * makes the box refer to it: a small text is shown in the box, a large one as a card naming it. "Analyse"
 * and "Try again" re-run what the box refers to (the file, not the text that was there before); once the user
 * types, the box is their own text and that is what runs. The user's own text is never dropped: anything that
 * replaces it puts it aside for "Restore my text".
 */
import type { ParseInput, SharedLog } from '../../worker/protocol';

/** Texts up to this size are shown in the box; larger ones stay out of the DOM (a card names them). */
export const SHOW_IN_BOX_CHARS = 1 << 20;

export type Source =
  | { kind: 'sample'; id: string; name: string }
  | { kind: 'text'; name: string }
  | { kind: 'file'; file: File; name: string; shown: boolean }
  /** Several files opened together (one timeline): never shown in the box. */
  | { kind: 'files'; files: File[]; name: string }
  | { kind: 'shared'; log: SharedLog; name: string; shown: boolean };

export interface InputState {
  /** The box's text. */
  text: string;
  /** What the box refers to (what was last loaded into it). */
  source: Source | null;
  /** Typed in since `source` was loaded: the box is now the user's own text. */
  edited: boolean;
  /** The box holds words the user wrote or pasted (put aside, not lost, when something replaces them). */
  own: boolean;
  /** The user's own text, put aside by a load. */
  stash: string | null;
}

export const EMPTY_INPUT: InputState = { text: '', source: null, edited: false, own: false, stash: null };

export type InputAction =
  | { type: 'edit'; text: string }
  | { type: 'paste'; text: string; name: string }
  | { type: 'sample'; id: string; name: string; text: string }
  | { type: 'file'; file: File }
  | { type: 'files'; files: File[]; name: string }
  /** The text of the file opened last, read after it was opened; ignored for any other file. */
  | { type: 'file-text'; file: File; text: string }
  | { type: 'shared'; log: SharedLog; name: string }
  | { type: 'restore' }
  | { type: 'clear' };

/** Loading something new puts the user's own words aside first. */
function aside(state: InputState): string | null {
  return state.own && state.text.trim() !== '' ? state.text : state.stash;
}

export function inputReducer(state: InputState, action: InputAction): InputState {
  switch (action.type) {
    case 'edit':
      return { ...state, text: action.text, edited: true, own: true };
    case 'paste':
      return { ...state, text: action.text, source: { kind: 'text', name: action.name }, edited: false, own: true };
    case 'sample':
      return {
        text: action.text,
        source: { kind: 'sample', id: action.id, name: action.name },
        edited: false,
        own: false,
        stash: aside(state),
      };
    case 'file':
      return {
        text: '',
        source: { kind: 'file', file: action.file, name: action.file.name, shown: false },
        edited: false,
        own: false,
        stash: aside(state),
      };
    case 'files':
      return {
        text: '',
        source: { kind: 'files', files: action.files, name: action.name },
        edited: false,
        own: false,
        stash: aside(state),
      };
    case 'file-text': {
      const s = state.source;
      if (s?.kind !== 'file' || s.file !== action.file || state.edited) return state;
      return { ...state, text: action.text, source: { ...s, shown: true } };
    }
    case 'shared': {
      const shown = action.log.text.length <= SHOW_IN_BOX_CHARS;
      return {
        text: shown ? action.log.text : '',
        source: { kind: 'shared', log: action.log, name: action.name, shown },
        edited: false,
        own: false,
        stash: aside(state),
      };
    }
    case 'restore':
      return state.stash == null ? state : { ...state, text: state.stash, stash: null, edited: true, own: true };
    case 'clear':
      return { ...state, text: '', source: null, edited: true, own: false };
  }
}

/** What "Analyse" runs: what the box refers to while it is untouched, else the box's own text. */
export function inputToRun(state: InputState, pastedName: string): ParseInput {
  const s = state.source;
  if (s && !state.edited) {
    if (s.kind === 'file') return { kind: 'file', file: s.file, name: s.name };
    if (s.kind === 'files')
      return { kind: 'files', files: s.files.map((file) => ({ file, name: file.name })), name: s.name };
    if (s.kind === 'shared')
      return { kind: 'text', text: s.log.text, name: s.name, ...(s.log.lines ? { lines: s.log.lines } : {}) };
    return { kind: 'text', text: state.text, name: s.name };
  }
  return { kind: 'text', text: state.text, name: pastedName };
}

/** The card shown instead of the text when the box refers to something too large to show. */
export function boxCard(
  state: InputState,
): { kind: 'file' | 'shared' | 'files'; name: string; bytes: number; names?: string[] } | null {
  const s = state.source;
  if (state.edited || !s) return null;
  if (s.kind === 'files')
    return {
      kind: 'files',
      name: s.name,
      bytes: s.files.reduce((n, f) => n + f.size, 0),
      names: s.files.map((f) => f.name),
    };
  if (s.kind === 'file' && !s.shown) return { kind: 'file', name: s.name, bytes: s.file.size };
  if (s.kind === 'shared' && !s.shown) return { kind: 'shared', name: s.name, bytes: s.log.text.length };
  return null;
}

/** The name of what "Try again" would read. */
export function runName(state: InputState, pastedName: string): string {
  return inputToRun(state, pastedName).name;
}
