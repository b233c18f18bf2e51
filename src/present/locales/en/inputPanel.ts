/** The input area, the progress panel and the page's frame (src/views/input, src/views/app). */
export const inputPanel = {
  heading: 'Input',
  label: 'Kernel log',
  help: '— paste anywhere on the page, drop a file, or open one. Nothing leaves your browser.',
  placeholder: 'Paste dmesg, journalctl -k or /var/log/messages output here…',
  analyse: 'Analyse',
  openFile: 'Open file…',
  sampleLabel: 'Sample',
  chooseSample: 'Choose a sample…',
  sample: {
    global: 'Global OOM — Arch Linux 6.1 (doxygen)',
    memcg: 'memcg OOM — 4.18 cgroup v1 leaker',
    multi: 'Two events — NixOS 6.5 cgroup v2',
    nginx: 'Design document — Ubuntu 3.13 nginx on Xen',
  },
  shortcut: 'Ctrl+Enter analyses the text.',
  reading:
    'Reading {name}: {read}{has_total, select, 1 { of {total}} other {}} read, {events, plural, one {# event} other {# events}} found',
  status: {
    initial: 'Paste, drop or open a kernel log, or pick a sample.',
    done: '{events, plural, one {# OOM event} other {# OOM events}} in {name} ({lines, plural, one {# line} other {# lines}}{failures, plural, =0 {} one {, plus # page allocation failure} other {, plus # page allocation failures}}).',
    eventFailed: 'Could not load event {n}: {error}',
    failed: 'Could not analyse {name}: {error}. Your input is kept.',
  },
  input: 'input',
  cancel: 'Cancel',
  skip: 'Skip to results',
  results: 'Results',
  restore: 'Restore my text',
  drop: 'Drop a log file (.log, .txt or .gz) to analyse it',
  themeTo: { dark: 'Switch to dark theme', light: 'Switch to light theme' },
  theme: { dark: 'Dark', light: 'Light' },
  allocationFailures:
    '{count, plural, one {# page allocation failure (a warning, not an OOM kill)} other {# page allocation failures (warnings, not OOM kills)}}',
  allocationFailure: '{comm}: order {order}, mode {mask} — lines {first}–{last}',
  parserNotes: '{count, plural, one {# parser note} other {# parser notes}}',
  parserNotesLang: 'The parser’s notes are in English.',
};
