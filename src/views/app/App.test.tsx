import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, type OomClient, type ParseHandlers } from '../../worker/client';
import type { ParseInput, ParseSummary } from '../../worker/protocol';
import { App } from './App';
// The app's behaviour (events, keys, URL, input, progress) on a real event that is light to render: every test
// renders the whole app, and the Arch event's 112-row table and zone charts doubled this file's CPU time.
import { NIXOS_DETAIL as DETAIL, NIXOS_DETAILS, SUMMARIES } from '../../../test/support/viewData';
import { withFixedClientSize } from '../../../test/support/jsdomLayout';
import { makeFacts } from '../../../test/support/input';
import { foundOf, makeSummary } from '../../../test/support/parseSummary';
import type { InputFacts } from '../../input/index';

withFixedClientSize();

function summaryOf(name: string, events = SUMMARIES, input: Partial<InputFacts> = {}): ParseSummary {
  return makeSummary({
    name,
    events,
    stats: { bytes: 100, lines: 300, prefixStyles: ['dmesg'] },
    input: makeFacts({ lines: 300, ...input }),
  });
}

type ParseImpl = (input: ParseInput, handlers?: ParseHandlers) => Promise<ParseSummary>;

function fakeClient(parseImpl?: ParseImpl) {
  const parse = vi.fn<ParseImpl>(
    parseImpl ??
      (async (input, handlers) => {
        handlers?.onEvents?.(foundOf(SUMMARIES));
        return summaryOf(input.name);
      }),
  );
  const client: OomClient = {
    parse,
    cancel: vi.fn(),
    getEvent: vi.fn(async (index: number) => ({ ...DETAIL, event: { ...DETAIL.event, index } })),
    unpack: vi.fn(async () => ({ log: null, version: null, problems: [] })),
    pack: vi.fn(async () => 'v=2&s=AA'),
    exportParts: vi.fn(async () => ({ diagnostics: [], allocationFailures: [] })),
    dispose: vi.fn(),
  };
  return { client, parse };
}

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => vi.restoreAllMocks());

const app = () => screen.getByTestId('app');

// The whole app renders every view (charts included) in jsdom: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

describe('App', () => {
  it('opens with the global sample analysed and the first event shown', async () => {
    const { client, parse } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    expect(parse.mock.calls[0][0]).toMatchObject({ kind: 'text', name: expect.stringContaining('Global OOM') });
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toContain('doxygen invoked oom-killer');
    expect(screen.getByTestId('status-message')).toHaveTextContent('3 OOM events in');
    await screen.findByTestId('summary');
    await waitFor(() => expect(screen.getByTestId('event-list').querySelectorAll('[data-event]')).toHaveLength(3));
    expect(screen.getByRole('banner')).toHaveTextContent(/oomscope\s*v\d+\.\d+\.\d+/);
  });

  it('moves between events with j and k and remembers the choice in the URL', async () => {
    const { client } = fakeClient();
    render(<App makeClient={() => client} />);
    await screen.findByTestId('summary');
    await waitFor(() => expect(location.hash).toBe('#sample=global&event=0'));
    // The list renders at low priority (useDeferredValue): wait for its rows before moving through them.
    await waitFor(() => expect(screen.getByTestId('event-list').querySelectorAll('[data-event]')).toHaveLength(3));
    fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(location.hash).toBe('#sample=global&event=1'));
    expect(client.getEvent).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(window, { key: 'k' });
    await waitFor(() => expect(location.hash).toBe('#sample=global&event=0'));
  }, 20_000);

  it('opens the event named in the URL fragment', async () => {
    history.replaceState(null, '', '/#event=2');
    const { client } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(client.getEvent).toHaveBeenCalledWith(2));
    await waitFor(() =>
      expect(screen.getByTestId('event-list').querySelector('[data-event="2"] button')).toHaveAttribute(
        'aria-current',
        'true',
      ),
    );
  });

  it('analyses text pasted anywhere on the page', async () => {
    const { client, parse } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { files: [], getData: () => 'pasted oom log' } });
    act(() => {
      document.body.dispatchEvent(paste);
    });
    await waitFor(() =>
      expect(parse).toHaveBeenLastCalledWith(
        { kind: 'text', text: 'pasted oom log', name: 'pasted text' },
        expect.anything(),
      ),
    );
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toBe('pasted oom log');
  });

  it('says what the input was when it is no log at all (from the worker facts), keeping the text', async () => {
    const { client } = fakeClient(async (input) =>
      input.kind === 'text' && input.text.trim() === ''
        ? summaryOf(input.name, [], { blank: true, lines: 1 })
        : summaryOf(input.name),
    );
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    fireEvent.change(screen.getByTestId('log-input'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('analyse'));
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByTestId('status-message')).toHaveTextContent('The input holds only blank space');
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toBe('   ');
  });

  it('shows what was recognised when no event was found, keeping the text', async () => {
    const { client } = fakeClient(async (input) => summaryOf(input.name, []));
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    expect(screen.getByTestId('status-message')).toHaveTextContent(
      'No OOM-killer report found in 300 lines with dmesg prefixes.',
    );
    expect(screen.queryByTestId('summary')).toBeNull();
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toContain('doxygen');
  });

  it('reports a worker error and keeps the text', async () => {
    const { client } = fakeClient(async () => {
      throw new Error('worker crashed');
    });
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByTestId('status-message')).toHaveTextContent('worker crashed');
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toContain('doxygen');
  });

  it('shows progress with a cancel button while parsing', async () => {
    let reject: (e: Error) => void = () => {};
    const { client } = fakeClient((_input, handlers) => {
      handlers?.onProgress?.({ bytesRead: 2048, totalBytes: 4096, eventsFound: 1 });
      return new Promise((_resolve, r) => (reject = r));
    });
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(screen.getByTestId('progress')).toHaveTextContent('2 KiB of 4 KiB read, 1 event found'));
    expect(app()).toHaveAttribute('data-state', 'parsing');
    fireEvent.click(screen.getByTestId('cancel'));
    expect(client.cancel).toHaveBeenCalled();
    await act(async () => reject(new CancelledError()));
    expect(app()).toHaveAttribute('data-state', 'idle');
    expect(screen.getByTestId('status-message')).toHaveTextContent('Cancelled');
  });

  it('shows the first event before the parse ends', async () => {
    const { client } = fakeClient((_input, handlers) => {
      handlers?.onEvents?.(foundOf([SUMMARIES[0]]));
      return new Promise(() => {});
    });
    render(<App makeClient={() => client} />);
    await screen.findByTestId('summary');
    expect(app()).toHaveAttribute('data-state', 'parsing');
  });

  it('asks once for the first event’s detail when it is still on its way as the parse ends', async () => {
    // A large event's detail can take longer than the rest of the read: a second copy arriving later would
    // reset what the user did meanwhile in its views (the task table's sort: views-bigtable.test.ts).
    let answer: () => void = () => {};
    const { client } = fakeClient(async (input, handlers) => {
      handlers?.onEvents?.(foundOf(SUMMARIES));
      return summaryOf(input.name);
    });
    client.getEvent = vi.fn(
      (index: number) =>
        new Promise<typeof DETAIL>(
          (resolve) => (answer = () => resolve({ ...DETAIL, event: { ...DETAIL.event, index } })),
        ),
    );
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    expect(client.getEvent).toHaveBeenCalledTimes(1);
    await act(async () => answer());
    await screen.findByTestId('summary');
    expect(client.getEvent).toHaveBeenCalledTimes(1);
  });

  it('keeps the user’s own text aside when a sample replaces it', async () => {
    const { client } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    fireEvent.change(screen.getByTestId('log-input'), { target: { value: 'my own notes' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sample' }), { target: { value: 'memcg' } });
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toContain('leaker invoked oom-killer');
    fireEvent.click(screen.getByTestId('restore-text'));
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toBe('my own notes');
  });

  it('starts the next log with the event filters cleared', async () => {
    const { client } = fakeClient();
    render(<App makeClient={() => client} />);
    // With every event filtered out the list is replaced by a note: count its rows as none.
    const rows = () => [...(screen.queryByTestId('event-list')?.querySelectorAll('[data-event]') ?? [])];
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('filter-name'), { target: { value: 'no such process' } });
    await waitFor(() => expect(rows()).toHaveLength(0));
    // A name filter of the last file would hide every event of the next one.
    fireEvent.change(screen.getByRole('combobox', { name: 'Sample' }), { target: { value: 'multi' } });
    // (The fake worker finds its three events in any text.)
    await waitFor(() => expect(screen.getByTestId('status-message')).toHaveTextContent('in Two events'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByTestId('filter-name')).toHaveValue('');
  });

  it('analyses an opened file and shows a small one in the box', async () => {
    const { client, parse } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    const file = new File(['tee invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0'], 'mine.log', {
      type: 'text/plain',
    });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    await waitFor(() =>
      expect(parse).toHaveBeenLastCalledWith({ kind: 'file', file, name: 'mine.log' }, expect.anything()),
    );
    await waitFor(() =>
      expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toContain('tee invoked'),
    );
  });

  it('covers the page with a drop zone while a file is dragged over it, and analyses the dropped file', async () => {
    const { client, parse } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    const file = new File(['x invoked oom-killer'], 'dropped.log');
    const drag = (type: string) => {
      const e = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'dataTransfer', {
        value: { types: ['Files'], files: [file], getData: () => '', dropEffect: '' },
      });
      act(() => {
        document.body.dispatchEvent(e);
      });
      return e;
    };
    drag('dragover');
    expect(screen.getByText(/Drop a log file/)).toBeInTheDocument();
    expect(drag('drop').defaultPrevented).toBe(true);
    expect(screen.queryByText(/Drop a log file/)).toBeNull();
    await waitFor(() =>
      expect(parse).toHaveBeenLastCalledWith({ kind: 'file', file, name: 'dropped.log' }, expect.anything()),
    );
  });

  it('follows a fragment changed in the address bar', async () => {
    const { client } = fakeClient();
    render(<App makeClient={() => client} />);
    await screen.findByTestId('summary');
    act(() => {
      history.replaceState(null, '', '/#event=2');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(client.getEvent).toHaveBeenLastCalledWith(2));
  });

  it('a share link that cannot be opened says so and never falls back to the sample', async () => {
    history.replaceState(null, '', '/#v=2&n=web.log&l=12');
    const { client, parse } = fakeClient();
    client.unpack = vi.fn(async () => ({
      log: null,
      version: 2,
      problems: [{ part: 'log' as const, code: 'missing' as const }],
    }));
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'error'));
    expect(client.unpack).toHaveBeenCalledWith({ kind: 'link', fragment: 'v=2&n=web.log&l=12' });
    expect(screen.getByTestId('status-message')).toHaveTextContent('This share link cannot be opened: it holds no log');
    expect(parse).not.toHaveBeenCalled();
    expect((screen.getByTestId('log-input') as HTMLTextAreaElement).value).toBe('');
  });

  it('opens a shared event under its file name at its line numbers', async () => {
    history.replaceState(null, '', '/#v=2&n=web.log&l=40-41&s=AAAA');
    const { client, parse } = fakeClient();
    const log = {
      name: 'web.log',
      text: 'a\nb',
      lines: [[40, 41]] as [number, number][],
      view: { event: 0, line: null },
      redacted: true,
    };
    client.unpack = vi.fn(async () => ({ log, version: 2, problems: [] }));
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(parse).toHaveBeenCalled());
    expect(parse.mock.calls[0][0]).toEqual({ kind: 'text', text: 'a\nb', name: 'web.log', lines: [[40, 41]] });
    expect(await screen.findByTestId('share-notes')).toHaveTextContent('Shared event from “web.log”, lines 40–41.');
  });

  describe('Compare', () => {
    // Event 2 is the second NixOS report (.thunderbird-wr gone from its table); the others the first one.
    const compareClient = () => {
      const { client } = fakeClient();
      client.getEvent = vi.fn(async (index: number) => {
        const d = index === 2 ? NIXOS_DETAILS[1] : NIXOS_DETAILS[0];
        return { ...d, event: { ...d.event, index } };
      });
      return client;
    };
    const thunderbirdRow = () =>
      screen.getByTestId('compare-tasks').querySelector('tr[data-task=".thunderbird-wr"]') as HTMLElement;

    it('picks another event, shows both side by side, keeps it in the URL, swaps and closes', async () => {
      const client = compareClient();
      render(<App makeClient={() => client} />);
      await screen.findByTestId('summary');
      await waitFor(() => expect(location.hash).toBe('#sample=global&event=0'));
      fireEvent.click(screen.getByTestId('compare'));
      const pick = await screen.findByTestId('compare-pick');
      expect([...pick.querySelectorAll('option')].map((o) => o.value)).toEqual(['1', '2']);
      fireEvent.change(pick, { target: { value: '2' } });
      fireEvent.click(screen.getByTestId('compare-open'));

      await screen.findByTestId('compare-tasks');
      expect(location.hash).toBe('#sample=global&event=0&compare=2');
      // The comparison takes the event view's place.
      expect(screen.queryByTestId('summary')).toBeNull();
      expect(thunderbirdRow()).toHaveAttribute('data-only', 'a');
      expect(screen.getByTestId('compare-side-b')).toHaveTextContent('#3');

      fireEvent.click(screen.getByTestId('compare-swap'));
      await waitFor(() => expect(location.hash).toBe('#sample=global&event=2&compare=0'));
      await waitFor(() => expect(thunderbirdRow()).toHaveAttribute('data-only', 'b'));
      expect(screen.getByTestId('compare-side-a')).toHaveTextContent('#3');
      // Both details were fetched once: swapping asks the worker for nothing.
      expect((client.getEvent as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0]).sort()).toEqual([0, 2]);

      fireEvent.click(screen.getByTestId('compare-close'));
      await waitFor(() => expect(screen.queryByTestId('compare-view')).toBeNull());
      expect(location.hash).toBe('#sample=global&event=2');
      await screen.findByTestId('summary');
      expect(document.activeElement).toBe(screen.getByTestId('compare'));
    });

    it('reopens the comparison the URL names, and a new log ends it', async () => {
      history.replaceState(null, '', '/#event=0&compare=2');
      const client = compareClient();
      render(<App makeClient={() => client} />);
      await screen.findByTestId('compare-tasks');
      expect(thunderbirdRow()).toHaveAttribute('data-only', 'a');
      expect(client.getEvent).toHaveBeenCalledWith(2);
      fireEvent.change(screen.getByRole('combobox', { name: 'Sample' }), { target: { value: 'memcg' } });
      await screen.findByTestId('summary');
      expect(screen.queryByTestId('compare-view')).toBeNull();
      await waitFor(() => expect(location.hash).toBe('#sample=memcg&event=0'));
    });
  });

  it('after a cancel, Try again reads the file that was opened, not the text shown before it', async () => {
    let reject: (e: Error) => void = () => {};
    const { client, parse } = fakeClient();
    render(<App makeClient={() => client} />);
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'done'));
    parse.mockImplementation(() => new Promise((_resolve, r) => (reject = r)));
    const file = new File(['x'.repeat(2 << 20)], 'huge.log');
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    await waitFor(() => expect(app()).toHaveAttribute('data-state', 'parsing'));
    expect(screen.getByTestId('input-card')).toHaveTextContent('huge.log');
    await act(async () => reject(new CancelledError()));
    expect(screen.getByTestId('status-message')).toHaveTextContent('Cancelled reading huge.log');
    fireEvent.click(screen.getByTestId('retry'));
    expect(parse).toHaveBeenLastCalledWith({ kind: 'file', file, name: 'huge.log' }, expect.anything());
  });
});
