/**
 * Every view in both languages on real fixtures' events: no catalogue key shown for a missing message, and in
 * zh-CN no English sentence left (runs of two or more English words that are not kernel names or the log's
 * own text; test/support/untranslated.ts). No browser test scans the whole page for English: in the browser,
 * test/browser/input.test.ts and share.test.ts only switch to zh-CN for the title and the share dialog.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeEvent, digestEvent, type EventDigest } from '../src/analyze/index';
import { en } from '../src/present/locales/en';
import type { Lang } from '../src/present/i18n';
import { setLang } from '../src/views/common/i18n';
import { AppFooter, AppHeader, DropOverlay, StatusLine } from '../src/views/app/Chrome';
import { EventView } from '../src/views/event/EventView';
import { CompareProvider } from '../src/views/compare/CompareContext';
import { CompareMenu } from '../src/views/compare/CompareMenu';
import { CompareView } from '../src/views/compare/CompareView';
import { EventsPanel } from '../src/views/events/EventsPanel';
import { useBrowseInput } from '../src/views/events/browseInput';
import { useEventBrowser } from '../src/views/events/useEventBrowser';
import { foundOf, makeSummary } from './support/parseSummary';
import { Results } from '../src/views/events/Results';
import { SummaryPreview } from '../src/views/events/SummaryPreview';
import { InputPanel } from '../src/views/input/InputPanel';
import { ProgressPanel } from '../src/views/input/ProgressPanel';
import { createProgressStore } from '../src/views/input/parseFeed';
import { ShareDialog } from '../src/views/share/ShareDialog';
import { toEventSummary } from '../src/worker/summarise';
import type { EventDetail, ParseSummary } from '../src/worker/protocol';
import { resolve } from 'node:path';
import { parseFixture } from './support/fixtures';
import { withFixedClientSize } from './support/jsdomLayout';
import { collectTexts, englishRuns, missingKeys } from './support/untranslated';
import { makeFacts } from './support/input';

withFixedClientSize();

/** A global OOM, two memcg OOMs, a lone kill line, a 2.6 report without a task table, a SysRq OOM, a cut report. */
const FIXTURES = [
  'archlinux_6.1.1-arch1-1_embedded_example.log',
  '6.5.0_nixos_cgroupv2_2events_dmesg.log',
  'python3-killed-line-only.log',
  'real/002-ubuntu804-i386-2.6.24-kernlog-no-tasktable.log',
  'real/023-i386-5.12-highmem16g-no-killable-processes-panic.log',
  'ubuntu21.10_5.13.0-19-generic_sysrq_embedded_example.log',
  'real/030-linux-next-4.4rc6-order2-field-order-swapped-no-tasktable-3events.log',
  'real/005-centos62-2.6.32-memcg-v1-mail-attachment.log',
];

interface Loaded {
  name: string;
  details: EventDetail[];
  summary: ParseSummary;
  /** Strings of the log itself (task names, paths, messages): data, not the interface's words. */
  data: string[];
}

/** Every multi-word string anywhere in a value (the log's names and messages as the model holds them). */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (/\s/.test(value.trim())) out.add(value.trim());
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function load(name: string): Loaded {
  const text = readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
  const lines = text.split('\n');
  const result = parseFixture(text);
  const history: EventDigest[] = [];
  const details = result.events.map((event) => {
    const analysis = analyzeEvent(event, undefined, [...history]);
    history.push(digestEvent(event, analysis));
    const source = lines
      .slice(event.firstLine - 1, event.lastLine)
      .map((raw, i) => ({ line: event.firstLine + i, raw, text: raw }));
    return { event, analysis, source };
  });
  const events = details.map((d) => toEventSummary(d.event, d.analysis));
  const summary: ParseSummary = makeSummary({
    name,
    events,
    places: foundOf(events).map((f) => f.place),
    diagnostics: result.diagnostics.slice(0, 5),
    diagnosticsTotal: result.diagnostics.length,
    stats: { bytes: text.length, lines: lines.length, prefixStyles: [] },
    input: makeFacts({ lines: lines.length }),
  });
  return { name, details, summary, data: [...strings(result, new Set())].sort((a, b) => b.length - a.length) };
}

/** The events panel (timeline, filters, list, overview) as the app wires it. */
function Events({ summary }: { summary: ParseSummary }) {
  const browser = useEventBrowser(
    useBrowseInput({ events: summary.events, places: summary.places, fileNames: [summary.name], summary }),
  );
  return <EventsPanel browser={browser} overview={summary.overview} selected={0} onSelect={() => {}} parsing />;
}

const NAMESPACES = Object.keys(en);
const loaded = FIXTURES.map(load);

/**
 * The Compare view of a fixture's first event: with its second event, or (one event) with the next fixture's
 * first, as two files opened together; `data` holds both logs' own strings.
 */
function comparison(l: Loaded) {
  const other = l.details[1] ? l : loaded[(loaded.indexOf(l) + 1) % loaded.length];
  const b = l.details[1] ?? other.details[0];
  const events = [l.summary.events[0], other.summary.events[l.details[1] ? 1 : 0]];
  const places = events.map((_, i) => ({ ...l.summary.places[0], file: l.details[1] ? 0 : i }));
  const files = (l.details[1] ? [l.name] : [l.name, other.name]).map((name) => ({
    name,
    lines: 1,
    bytes: 1,
    events: 1,
    yearless: false,
    boots: [],
  }));
  return { b, choices: { events, places, files }, data: [...new Set([...l.data, ...other.data])] };
}

function renderAll(l: Loaded) {
  const store = createProgressStore();
  store.set({ bytesRead: 2048, totalBytes: 8192, eventsFound: 1 });
  const views = render(
    <>
      <AppHeader />
      <InputPanel
        text=""
        onTextChange={() => {}}
        onAnalyseText={() => {}}
        onFile={() => {}}
        sampleId=""
        onSample={() => {}}
      />
      <StatusLine phase="done" message="" note={null} onRestore={() => {}} retry={{ name: l.name, run: () => {} }} />
      <ProgressPanel store={store} name={l.name} onCancel={() => {}} />
      <Events summary={l.summary} />
      <Results summary={l.summary} />
      {l.summary.events[0] ? <SummaryPreview summary={l.summary.events[0]} /> : null}
      <CompareView
        a={l.details[0]}
        aIndex={0}
        b={comparison(l).b}
        bIndex={1}
        choices={comparison(l).choices}
        onSwap={() => {}}
        onClose={() => {}}
      />
      {l.details.map((d) => (
        <EventView
          key={d.event.index}
          detail={d}
          highlight={d.event.firstLine}
          onShare={() => {}}
          name={l.name}
          eventJson={async () => '{}'}
        />
      ))}
      <AppFooter />
      <DropOverlay />
    </>,
  );
  return views;
}

function check(lang: Lang, l: Loaded): { missing: string[]; english: string[] } {
  act(() => setLang(lang));
  const { container, unmount } = renderAll(l);
  // The share dialog is a modal of its own: rendered for the first event.
  const share = l.details[0]
    ? render(
        <ShareDialog
          source={l.details[0].source}
          name={l.name}
          highlight={null}
          pack={async () => 'v=2&s=AA'}
          onClose={() => {}}
        />,
      )
    : null;
  const texts = [...collectTexts(container), ...(share ? collectTexts(share.container) : [])];
  const missing = missingKeys(texts, NAMESPACES).map((f) => `${f.where}: ${f.text}`);
  const english =
    lang === 'en'
      ? []
      : texts.flatMap((f) =>
          englishRuns(f.text, comparison(l).data).map((run) => `${f.where}: “${run}” in “${f.text.slice(0, 120)}”`),
        );
  share?.unmount();
  unmount();
  // Both passes must have read the page (a collector that skipped everything would pass vacuously).
  expect(texts.length).toBeGreaterThan(20);
  return { missing, english };
}

afterAll(() => setLang('en'));

describe('every view in en and zh-CN', () => {
  for (const l of loaded) {
    it(`${l.name}: no missing key in en, none in zh-CN, and no English sentence left in zh-CN`, () => {
      expect(l.details.length).toBeGreaterThan(0);
      const english = check('en', l);
      expect(english.missing).toEqual([]);
      const chinese = check('zh-CN', l);
      expect(chinese.missing).toEqual([]);
      expect([...new Set(chinese.english)]).toEqual([]);
    });
  }

  it('the Compare menu, open, in both languages', async () => {
    const { choices, data } = comparison(loaded[1]);
    for (const lang of ['en', 'zh-CN'] as const) {
      act(() => setLang(lang));
      for (const events of [choices.events, choices.events.slice(0, 1)]) {
        const { container, unmount } = render(
          <CompareProvider value={{ choices: { ...choices, events }, open: () => {} }}>
            <CompareMenu current={0} />
          </CompareProvider>,
        );
        fireEvent.click(screen.getByTestId('compare'));
        await screen.findByTestId(events.length > 1 ? 'compare-pick' : 'compare-none');
        const texts = collectTexts(container);
        expect(texts.length).toBeGreaterThan(2);
        expect(missingKeys(texts, NAMESPACES)).toEqual([]);
        if (lang === 'zh-CN') expect(texts.flatMap((f) => englishRuns(f.text, data))).toEqual([]);
        unmount();
      }
    }
  });

  it('the checker finds an English sentence and a missing key', () => {
    expect(englishRuns('这是 free memory 的说明')).toEqual(['free memory']);
    expect(englishRuns('Node 0 Normal 水位')).toEqual([]);
    expect(englishRuns('被杀进程 Isolated Web Co（pid 1）', ['Isolated Web Co'])).toEqual([]);
    expect(missingKeys([{ text: 'gfp.meaning.__GFP_X', where: 'p' }], NAMESPACES)).toHaveLength(1);
  });
});
