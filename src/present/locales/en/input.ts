/**
 * What the input was, worded from the input module's facts (src/input) and the parse's counts:
 * the status line, the CLI's summary and the diagnostics about the input as a whole. ICU MessageFormat;
 * no apostrophes (ICU quoting), typographic quotes are fine.
 */
export const input = {
  empty: 'The input is empty: paste a kernel log or open a file.',
  blank: 'The input holds only blank space: paste a kernel log or open a file.',
  format: 'This looks like {what}{inGzip, select, yes { inside a gzip file} other {}}, not a text log. {hint}',
  binary:
    'This looks like binary data, not a text log (mostly non-text characters{nul, select, yes {, with NUL bytes} other {}}).{gzip, select, yes {} other { If it is compressed, only gzip (.gz) can be read.}}',
  gzipBroken:
    'The gzip file is truncated or damaged: only the first {lines, plural, one {# line} other {# lines}} could be read.',
  gzipNothing: 'The gzip file is truncated or damaged: nothing could be decompressed from it.',
  found:
    'Found {events, plural, one {# OOM-killer event} other {# OOM-killer events}}{incomplete, plural, =0 {} one {, # cut short} other {, # cut short}}{failures, plural, =0 {} one { and # page allocation failure (a warning, not an OOM kill)} other { and # page allocation failures (warnings, not OOM kills)}} in {lines, plural, one {# line} other {# lines}}{prefixes, select, none {} other { with {prefixes} prefixes}}.',
  noReport:
    'No OOM-killer report found in {lines, plural, one {# line} other {# lines}}{prefixes, select, none {} other { with {prefixes} prefixes}}{failures, plural, =0 {} one { (# page allocation failure, a warning)} other { (# page allocation failures, warnings)}}. An OOM report starts with a line like “… invoked oom-killer: gfp_mask=…” or contains “Out of memory” or “Killed process”.',
  nul: 'The input contains {count, plural, one {# NUL byte} other {# NUL bytes}} (the first on line {line}): is part of it binary?',
  undecodable:
    '{count, plural, one {# byte was} other {# bytes were}} not valid {encoding} and {count, plural, one {shows} other {show}} as �.',
  utf16: 'Read as {encoding} text{bom, select, yes { (it starts with a byte order mark)} other {}}.',
  formats: {
    gzip: 'gzip-compressed data',
    xz: 'xz-compressed data',
    zstd: 'zstd-compressed data',
    bzip2: 'bzip2-compressed data',
    lz4: 'lz4-compressed data',
    zip: 'a zip archive',
    '7z': 'a 7-Zip archive',
    tar: 'a tar archive',
    'systemd-journal': 'a binary systemd journal file',
    elf: 'an ELF file (a program, or a raw vmcore crash dump)',
    kdump: 'a compressed kdump crash dump',
    pdf: 'a PDF document',
    png: 'a PNG image',
    jpeg: 'a JPEG image',
  },
  hints: {
    gzip: 'Open the .gz file itself instead of pasting it, or decompress it once more.',
    compressed: 'Decompress it first; only gzip (.gz) is read directly.',
    archive: 'Extract the log from the archive first.',
    journal: 'Export it as text: journalctl -k -o short-precise --file FILE.',
    dump: 'Extract its kernel log first, e.g. makedumpfile --dump-dmesg FILE dmesg.txt, or dmesg in crash.',
    picture: 'oomscope reads the log as text: paste or open the text itself.',
  },
};
