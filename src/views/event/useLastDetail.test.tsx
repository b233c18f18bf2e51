import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DETAIL } from '../../../test/support/viewData';
import { useLastDetail } from './useLastDetail';

describe('useLastDetail', () => {
  it('keeps the last detail and the name it was shown with while a new log is read', () => {
    const { result, rerender } = renderHook(({ current, name }) => useLastDetail(current, name), {
      initialProps: { current: DETAIL as typeof DETAIL | null, name: 'first.log' },
    });
    expect(result.current).toEqual({ detail: DETAIL, retiring: false, name: 'first.log' });
    // A new file is dropped: no detail yet, and the app already names the new file.
    rerender({ current: null, name: 'second.log' });
    expect(result.current).toEqual({ detail: DETAIL, retiring: true, name: 'first.log' });
    // The new file's event arrives: it is shown under the new name.
    const next = { ...DETAIL };
    rerender({ current: next, name: 'second.log' });
    expect(result.current).toEqual({ detail: next, retiring: false, name: 'second.log' });
  });

  it('has nothing to show before the first detail', () => {
    const { result } = renderHook(() => useLastDetail(null, 'x.log'));
    expect(result.current).toBeNull();
  });
});
