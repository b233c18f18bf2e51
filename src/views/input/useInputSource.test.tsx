import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStore, optIn, unkeptLog } from './rememberLog';
import { useInputSource } from './useInputSource';
import '../common/i18n';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function setup(store = memoryStore()) {
  const start = vi.fn();
  const { result } = renderHook(() => useInputSource(start, () => store));
  return { start, result, store };
}

describe('useInputSource', () => {
  it('runs an opened file, then shows a small one in the box; Analyse runs the file again', async () => {
    const { start, result } = setup();
    const file = new File(['x invoked oom-killer'], 'mine.log');
    act(() => result.current.openFile(file));
    expect(start).toHaveBeenLastCalledWith({ kind: 'file', file, name: 'mine.log' });
    await waitFor(() => expect(result.current.state.text).toBe('x invoked oom-killer'));
    act(() => result.current.run());
    expect(start).toHaveBeenLastCalledWith({ kind: 'file', file, name: 'mine.log' });
    expect(result.current.runName).toBe('mine.log');
  });

  it('keeps the last log only when asked, and says on the next load that it was not kept otherwise', async () => {
    const { result, store } = setup();
    act(() => result.current.paste('my log'));
    expect(await store.load()).toBeNull();
    expect(unkeptLog.get()).toBe('pasted text');

    act(() => result.current.remembered.setEnabled(true));
    expect(optIn.get()).toBe(true);
    act(() => result.current.paste('my log'));
    await waitFor(() => expect(result.current.remembered.kept?.name).toBe('pasted text'));
    expect(await store.load()).toMatchObject({ kind: 'text', text: 'my log' });
    expect(unkeptLog.get()).toBeNull();

    act(() => result.current.remembered.forget());
    await waitFor(async () => expect(await store.load()).toBeNull());
  });

  it('reopens a remembered file as the file it was', async () => {
    const blob = new Blob(['x invoked oom-killer']);
    const { start, result } = setup();
    act(() => result.current.reopen({ kind: 'file', name: 'web.log', blob, savedAt: 1 }));
    expect(start).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'file', name: 'web.log' }));
  });

  it('turning the option off forgets what was kept', async () => {
    const { result, store } = setup();
    act(() => result.current.remembered.setEnabled(true));
    act(() => result.current.paste('secret'));
    await waitFor(async () => expect(await store.load()).not.toBeNull());
    act(() => result.current.remembered.setEnabled(false));
    await waitFor(async () => expect(await store.load()).toBeNull());
  });

  it('a forgotten log is not reopened even when the tab closed before the store deleted it', async () => {
    // A store whose delete never commits: the tab was closed while IndexedDB was still at work.
    const inner = memoryStore();
    const stuck = { ...inner, clear: () => new Promise<void>(() => {}) };
    const first = setup(stuck);
    act(() => first.result.current.remembered.setEnabled(true));
    act(() => first.result.current.paste('secret'));
    await waitFor(() => expect(first.result.current.remembered.kept).not.toBeNull());
    act(() => first.result.current.remembered.forget());
    expect(await inner.load()).not.toBeNull(); // still in the store...

    // ...but the next page load does not bring it back.
    const next = setup(stuck);
    expect(await next.result.current.remembered.reopen()).toBeNull();
  });
});
