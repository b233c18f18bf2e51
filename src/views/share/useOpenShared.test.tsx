import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SharedLog, Unpacked } from '../../worker/protocol';
import { useOpenShared } from './useOpenShared';
import '../common/i18n';

const LOG: SharedLog = {
  name: 'web.log',
  text: 'a\nb',
  lines: [[40, 41]],
  view: { event: 0, line: 41 },
  redacted: true,
};

function setup(answer: Unpacked | Error) {
  const deps = {
    unpack: vi.fn(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    openLog: vi.fn(),
    openAsLog: vi.fn(),
    announce: vi.fn(),
    highlight: vi.fn(),
  };
  const { result } = renderHook(() => useOpenShared(deps));
  return { deps, result };
}

describe('opening a shared event', () => {
  it('loads the lines under the file name, highlights the shared line, keeps the problems to show', async () => {
    const problems = [{ part: 'log', code: 'truncated', params: { lines: 2 } }] as Unpacked['problems'];
    const { deps, result } = setup({ log: LOG, version: 2, problems });
    await act(() => result.current.openLink('v=2&s=x'));
    expect(deps.unpack).toHaveBeenCalledWith({ kind: 'link', fragment: 'v=2&s=x' });
    expect(deps.openLog).toHaveBeenCalledWith(LOG, 'web.log');
    expect(deps.highlight).toHaveBeenCalledWith(41);
    expect(result.current.opened?.unpacked.problems).toEqual(problems);
  });

  it('a link that cannot be opened says why and loads nothing, not a sample', async () => {
    const { deps, result } = setup({
      log: null,
      version: 9,
      problems: [{ part: 'version', code: 'version', params: { version: 9, known: 2 } }],
    });
    await act(() => result.current.openLink('v=9&s=x'));
    expect(deps.openLog).not.toHaveBeenCalled();
    expect(deps.announce).toHaveBeenLastCalledWith(
      'error',
      expect.stringContaining('made by a newer oomscope (format 9'),
    );
  });

  it('a worker failure is reported as a damaged link, never thrown', async () => {
    const { deps, result } = setup(new Error('worker gone'));
    await act(() => result.current.openLink('v=2&s=x'));
    expect(deps.announce).toHaveBeenLastCalledWith('error', expect.stringContaining('cannot be opened'));
  });

  it('a .json that is not an analysis file is read as a log', async () => {
    const { deps, result } = setup({ log: null, version: null, problems: [{ part: 'file', code: 'not-analysis' }] });
    const file = new File(['{"MESSAGE":"x"}'], 'journal.json');
    await act(() => result.current.openFile(file));
    expect(deps.openAsLog).toHaveBeenCalledWith(file);
    expect(deps.announce).not.toHaveBeenCalledWith('error', expect.anything());
  });
});
