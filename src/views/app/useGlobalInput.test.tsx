import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useGlobalInput } from './useGlobalInput';

const noop = () => {};

function Keys({ label, onNext }: { label: string; onNext: () => void }) {
  useGlobalInput({ onPasteText: noop, onPasteIntoLog: noop, onFile: noop, onNext, onPrevious: noop });
  return <p data-testid="label">{label}</p>;
}

/** Resolves in the microtask after the next change to `node`: after React's commit, before any later task. */
function nextMutation(node: Node): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(node, { subtree: true, childList: true, characterData: true });
  });
}

const previous = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
afterEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previous;
});

describe('useGlobalInput', () => {
  it('a key pressed as soon as a render is on screen reaches that render’s handlers', async () => {
    // React as a browser runs it (no act()): passive effects run in a task after the commit.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const calls: string[] = [];
    let shown = nextMutation(host);
    root.render(<Keys label="first" onNext={() => calls.push('first')} />);
    await shown;
    await new Promise((r) => setTimeout(r, 20));

    shown = nextMutation(host);
    root.render(<Keys label="second" onNext={() => calls.push('second')} />);
    await shown;
    expect(host.textContent).toBe('second');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    expect(calls).toEqual(['second']);
    root.unmount();
    host.remove();
  });
});
